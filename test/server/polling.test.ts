import { Api, Bot } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { LOCAL_BOT_INFO } from "../../src/local/fake-telegram.js";
import { textUpdate } from "../../src/local/updates.js";
import { startPolling } from "../../src/server/polling.js";
import { silentLogger } from "../helpers/harness.js";

/** getUpdates hands out one update, then hangs until aborted, as long polling does. */
function telegram(update: Update, asked: unknown[] = []): typeof fetch {
  let served = false;
  return (async (input: string | URL | Request, init?: RequestInit) => {
    if (String(input).endsWith("/getUpdates")) {
      asked.push(JSON.parse(String(init?.body ?? "{}")));
      if (!served) {
        served = true;
        return Response.json({ ok: true, result: [update] });
      }
      await new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))));
    }
    return Response.json({ ok: true, result: true });
  }) as typeof fetch;
}

describe("long polling", () => {
  it("asks only for the update types the bot answers, and finishes the update in flight when stopped", async () => {
    const asked: unknown[] = [];
    const fetch = telegram({ ...textUpdate("hi", { id: 5, first_name: "A" }), update_id: 1 }, asked);
    const bot = new Bot("1:poll", { botInfo: LOCAL_BOT_INFO, client: { fetch } });
    let started = false;
    let finished = false;
    bot.use(async () => {
      started = true;
      await new Promise((r) => setTimeout(r, 400));
      finished = true;
    });
    const stop = await startPolling(bot, new Api("1:poll", { fetch }), silentLogger);
    while (!started) await new Promise((r) => setTimeout(r, 10));
    await stop();
    expect(finished).toBe(true);
    expect(asked[0]).toMatchObject({ allowed_updates: ["message", "callback_query", "inline_query"] });
  });
});
