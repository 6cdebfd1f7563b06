import { describe, expect, it, vi } from "vitest";
import { createDeps, createLocalChat } from "../../src/app.js";
import type { ApiCall } from "../../src/local/fake-telegram.js";
import { silentLogger } from "../helpers/harness.js";

const deps = createDeps({ logger: silentLogger });

/** A bot whose sendMessage calls meet the given faults first, in order: a Response, or "hang" (no answer until the client gives up). */
function faultyChat(faults: (Response | "hang")[], userId: number) {
  const attempts: string[] = [];
  const withFaults = (fakeFetch: typeof fetch) =>
    (async (input: string | URL | Request, init?: RequestInit) => {
      const method = String(input).slice(String(input).lastIndexOf("/") + 1);
      if (method === "sendMessage") {
        const fault = faults.shift();
        attempts.push(fault === undefined ? "ok" : fault === "hang" ? "hang" : String(fault.status));
        if (fault === "hang") {
          return new Promise<Response>((_, reject) =>
            init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
          );
        }
        if (fault) return fault;
      }
      return fakeFetch(input, init);
    }) as typeof fetch;
  const chat = createLocalChat(
    deps,
    { id: userId, first_name: "F", language_code: "en" },
    { wrapFetch: withFaults, client: { timeoutSeconds: 1 } },
  );
  return { chat, attempts };
}

const tooMany = () =>
  Response.json(
    { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } },
    { status: 429 },
  );
const badGateway = () =>
  new Response("<html>502 Bad Gateway</html>", { status: 502, headers: { "content-type": "text/html" } });
const sent = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage");

describe("Telegram faults", () => {
  it("delivers the reply exactly once after a 429 with retry_after, a 502 and a timeout", async () => {
    const { chat, attempts } = faultyChat([tooMany(), badGateway(), "hang"], 901);
    await chat.send("/help");
    expect(attempts).toEqual(["429", "502", "hang", "ok"]);
    expect(sent(chat.lastCalls)).toHaveLength(1);
    expect(String(sent(chat.lastCalls)[0]?.payload.text)).toContain("What I can do");
  }, 40_000);

  it("retries a 429 met inside a conversation (the flow's own Api)", async () => {
    const { chat, attempts } = faultyChat([tooMany()], 902);
    await chat.send("/eligibility");
    expect(attempts[0]).toBe("429");
    expect(attempts.at(-1)).toBe("ok");
    expect(sent(chat.lastCalls)).toHaveLength(1);
    expect(String(sent(chat.lastCalls)[0]?.payload.text)).not.toContain("went wrong");
    expect(chat.lastButtons.length).toBeGreaterThan(0);

    // The flow's next step replays the recorded calls. It must not wait out the old 429 (1 s) again: it must finish
    // while fake time moves less than that (the conversation engine itself needs zero-delay timers).
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      let done = false;
      const step = chat.press(1).then(() => (done = true));
      for (let ms = 0; ms < 200 && !done; ms++) await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
      await step;
    } finally {
      vi.useRealTimers();
    }
    expect(sent(chat.lastCalls)).toHaveLength(1);
  }, 20_000);
});
