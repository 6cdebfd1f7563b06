import { describe, expect, it } from "vitest";
import { createDeps, createLocalChat } from "../../src/app.js";
import { createLogger, loggableText, maskPersonalData } from "../../src/logger.js";

const TOKEN = "7000000001:AAHsecretPartOfTheToken_xyz0123456789";

function capture() {
  const lines: string[] = [];
  return { lines, sink: { write: (l: string) => void lines.push(l) } };
}

describe("the logs", () => {
  it("never contain the token, even when an error message carries the request URL", async () => {
    const { lines, sink } = capture();
    const logger = createLogger("debug", TOKEN, sink);
    const leaky = (fakeFetch: typeof fetch) =>
      (async (input: string | URL | Request, init?: RequestInit) => {
        if (String(input).endsWith("/sendMessage")) throw new Error(`connect ECONNRESET ${String(input)}`);
        return fakeFetch(input, init);
      }) as typeof fetch;
    const deps = createDeps({ logger });
    const chat = createLocalChat(
      deps,
      { id: 1, first_name: "L" },
      {
        token: TOKEN,
        wrapFetch: leaky,
        client: { timeoutSeconds: 1 },
      },
    );
    chat.bot.api.config.use((prev, method, payload, signal) => {
      if (method === "sendMessage")
        throw new Error(`request to https://api.telegram.org/bot${TOKEN}/sendMessage failed`);
      return prev(method, payload, signal);
    });
    await chat.send("/start");
    logger.error({ err: new Error(`bad ${TOKEN}`), url: `/bot${encodeURIComponent(TOKEN)}/getMe` }, `oops ${TOKEN}`);
    const all = lines.join("");
    expect(lines.find((l) => l.includes('"update failed"'))).toContain("bot[redacted]/sendMessage");
    expect(all).toContain("[redacted]");
    expect(all).not.toContain(TOKEN.split(":")[1]);
  });

  it("do not contain message texts by default, even at debug level", async () => {
    const { lines, sink } = capture();
    const deps = createDeps({ logger: createLogger("debug", [], sink) });
    await createLocalChat(deps, { id: 2, first_name: "L" }).send("my secret question 870412300123");
    expect(lines.some((l) => l.includes('"msg":"update"'))).toBe(true);
    expect(lines.join("")).not.toMatch(/secret question|870412300123/);
  });

  it("log texts only when opted in, with IINs and phone numbers masked", async () => {
    const { lines, sink } = capture();
    const deps = { ...createDeps({ logger: createLogger("debug", [], sink) }), protect: { logTexts: true } };
    await createLocalChat(deps, { id: 3, first_name: "L" }).send("my IIN 870412300123, call +7 701 234 56 78");
    const all = lines.join("");
    expect(all).toContain("my IIN [iin], call [phone]");
    expect(all).not.toMatch(/870412300123|701 234/);
  });
});

describe("masking personal data", () => {
  it.each([
    ["ИИН 870412300123", "ИИН [iin]"],
    ["iin:870412300123.", "iin:[iin]."],
    ["+7 (701) 234-56-78", "[phone]"],
    ["87012345678", "[phone]"],
    ["8 701 234 5678 please", "[phone] please"],
    ["in 2023 there were 3415 seats", "in 2023 there were 3415 seats"],
    ["19.03.2023", "19.03.2023"],
    ["1234567890123", "[phone]"],
    ["tel87011234567", "tel[phone]"],
  ])("%j → %j", (input, output) => {
    expect(maskPersonalData(input)).toBe(output);
  });

  it("gives nothing to log unless enabled", () => {
    expect(loggableText("hello", false)).toBeUndefined();
    expect(loggableText("hello", true)).toBe("hello");
  });

  it("masks before it cuts a long text, so no part of an IIN is left at the cut", () => {
    const logged = loggableText(`${"x".repeat(495)}950101300123 more`, true)!;
    expect(logged).not.toMatch(/9501/);
    expect(logged.startsWith(`${"x".repeat(495)}[iin]`)).toBe(true);
  });
});
