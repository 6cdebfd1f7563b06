import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import { describe, expect, it } from "vitest";
import { createDeps, createLocalChat } from "../../src/app.js";
import type { Lang } from "../../src/knowledge/schema.js";
import { FakeTelegram } from "../../src/local/fake-telegram.js";
import { type Announcement, type Progress, parseAnnouncement, runBroadcast } from "../../src/notify/broadcast.js";
import type { Send } from "../../src/notify/deliver.js";
import { Pacer } from "../../src/notify/pace.js";
import { localQueue } from "../../src/notify/queue.js";
import { bullQueue } from "../../src/notify/queue-bullmq.js";
import { fileNotifyStore, memoryNotifyStore, redisNotifyStore } from "../../src/notify/store.js";
import { MESSAGE_TEXT_MAX } from "../../src/telegram-limits.js";
import { silentLogger } from "../helpers/harness.js";
import { virtualClock } from "../helpers/virtual-clock.js";
import { connectTestRedis, describeRedis, REDIS_URL, removeTestKeys, TEST_PREFIX } from "../storage/redis-env.js";

const LANGS: Lang[] = ["kk", "ru", "en"];
const announcement: Announcement = {
  id: "hotline-2029",
  text: {
    kk: "ОСК анықтама желісі <жұмыс> істейді",
    ru: "Работает справочная линия ЦИК",
    en: "The CEC hotline is open: https://www.election.gov.kz",
  },
};

function apiSend(telegram: FakeTelegram): Send {
  const api = new Api("1:test", { fetch: telegram.fetch } as never);
  return (chatId, message) =>
    api.sendMessage(chatId, message.text, {
      parse_mode: "HTML",
      ...(message.reply_markup ? { reply_markup: message.reply_markup } : {}),
    });
}

const apiError = (code: number, description: string, parameters?: object) =>
  new Response(JSON.stringify({ ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) }), {
    headers: { "content-type": "application/json" },
  });

const sends = (telegram: FakeTelegram) => telegram.calls.filter((c) => c.method === "sendMessage");

describe("an announcement file", () => {
  const valid = { id: "hotline", text: { kk: "мәтін", ru: "текст", en: "text https://www.election.gov.kz/eng/" } };

  it("is accepted with all three languages, https links and Telegram's length", () => {
    expect(parseAnnouncement(valid)).toEqual({ announcement: valid });
  });

  it.each([
    ["a language missing", { ...valid, text: { kk: "мәтін", ru: "текст" } }, /^text\.en: /],
    ["an empty text", { ...valid, text: { ...valid.text, ru: "  " } }, /^text\.ru: is empty/],
    [
      "a text over 4096 characters",
      { ...valid, text: { ...valid.text, kk: "а".repeat(MESSAGE_TEXT_MAX + 1) } },
      /^text\.kk: is longer than Telegram's 4096/,
    ],
    [
      "an http link",
      { ...valid, text: { ...valid.text, en: "see http://election.gov.kz" } },
      /^text\.en: link "http:\/\/election\.gov\.kz" is not an https/,
    ],
    ["a link without a host", { ...valid, text: { ...valid.text, ru: "см. https://localhost/x" } }, /^text\.ru: link/],
    ["an id that is not kebab-case", { ...valid, id: "Hotline 2029" }, /^id: use lowercase kebab-case/],
    ["an unknown field", { ...valid, link: "x" }, /^\(file\): Unrecognized key/],
  ])("is refused with %s, naming the field", (_name, value, problem) => {
    const result = parseAnnouncement(value);
    expect("problems" in result && result.problems[0]).toMatch(problem);
  });
});

describe("a broadcast", () => {
  it("sends each subscriber the text in their language, escaped, with the unsubscribe button, and only the language asked", async () => {
    const store = memoryNotifyStore();
    for (const [i, lang] of LANGS.entries()) await store.subscriptions.add(10 + i, lang, new Date());
    const telegram = new FakeTelegram();
    const keyboard = (lang: Lang) => ({ inline_keyboard: [[{ text: `off ${lang}`, callback_data: "r:off" }]] });
    const deps = { store, send: apiSend(telegram), keyboard, logger: silentLogger, clock: virtualClock() };

    const kkOnly = await runBroadcast(announcement, { ...deps, queue: localQueue(4) }, { lang: "kk" });
    expect(kkOnly).toEqual({ summary: { sent: 1, blocked: 0, failed: 0, skipped: 0 }, total: 1, interrupted: false });
    expect(sends(telegram).map((c) => [c.payload.chat_id, c.payload.text])).toEqual([
      [10, "ОСК анықтама желісі &lt;жұмыс&gt; істейді"],
    ]);
    expect(sends(telegram)[0]?.payload.reply_markup).toEqual(keyboard("kk"));

    // The same announcement to everyone: the Kazakh subscriber already had it.
    const all = await runBroadcast(announcement, { ...deps, queue: localQueue(4) });
    expect(all.summary).toEqual({ sent: 2, blocked: 0, failed: 0, skipped: 1 });
    expect(
      sends(telegram)
        .map((c) => c.payload.text)
        .slice(1)
        .sort(),
    ).toEqual([announcement.text.en, announcement.text.ru].sort());
  });

  it("reaches 10,000 subscribers exactly once through 429s, 5xx, 403s and a Ctrl-C, never above the rate, while voters get replies", async () => {
    const dir = mkdtempSync(join(tmpdir(), "saylau-broadcast-"));
    const N = 10_000;
    const first = fileNotifyStore(dir);
    for (let chat = 1; chat <= N; chat++)
      await first.subscriptions.add(chat, LANGS[chat % 3]!, new Date("2026-12-01T00:00:00Z"));
    const blocked = new Set([3, 33, 333, 3333, 9999]);
    const gone = 4444; // "chat not found": unsubscribed like a block
    const clock = virtualClock(Date.parse("2029-03-01T00:00:00Z"));
    const sendTimes: number[] = [];
    class RecordingPacer extends Pacer {
      override async take(chatId: number) {
        await super.take(chatId);
        sendTimes.push(clock.now());
      }
    }
    let calls = 0;
    const faulty = () => {
      const telegram = new FakeTelegram();
      telegram.intercept((call) => {
        if (call.method !== "sendMessage") return undefined;
        calls++;
        const chat = Number(call.payload.chat_id);
        if (blocked.has(chat)) return apiError(403, "Forbidden: bot was blocked by the user");
        if (chat === gone) return apiError(400, "Bad Request: chat not found");
        if (calls % 991 === 0) return apiError(429, "Too Many Requests: retry after 5", { retry_after: 5 });
        if (calls % 487 === 0) return apiError(502, "Bad Gateway");
        return undefined;
      });
      return telegram;
    };
    const run = (
      store: ReturnType<typeof fileNotifyStore>,
      telegram: FakeTelegram,
      stop?: Promise<unknown>,
      onProgress?: (p: Progress) => void,
    ) =>
      runBroadcast(
        announcement,
        {
          store,
          queue: localQueue(8),
          send: apiSend(telegram),
          keyboard: () => undefined,
          logger: silentLogger,
          clock,
          pacer: new RecordingPacer(20, 1000, clock),
          ...(onProgress ? { onProgress } : {}),
        },
        stop ? { stop } : {},
      );

    // The first run is interrupted (Ctrl-C) after about 3,000 messages.
    const one = faulty();
    let interrupt = () => {};
    const stop = new Promise<void>((resolve) => (interrupt = resolve));
    const firstRun = run(first, one, stop, (p) => {
      if (p.summary.sent >= 3000) interrupt();
    });
    // Meanwhile a voter writes to the bot, and is answered.
    const chat = createLocalChat(createDeps({ logger: silentLogger }), {
      id: 42,
      first_name: "V",
      language_code: "ru",
    });
    expect((await chat.send("когда выборы"))[0]?.text.length).toBeGreaterThan(0);
    const interrupted = await firstRun;
    expect(interrupted.interrupted).toBe(true);
    expect(interrupted.summary.sent).toBeGreaterThanOrEqual(3000);
    expect(interrupted.summary.sent).toBeLessThan(3100);

    // Run again (a new process reading the same files) after more than the second the rate is counted over.
    await clock.sleep(1000);
    const second = fileNotifyStore(dir);
    const two = faulty();
    const progress: Progress[] = [];
    const resumed = await run(second, two, undefined, (p) => progress.push(p));
    expect(resumed.interrupted).toBe(false);
    expect(resumed.summary.skipped).toBe(interrupted.summary.sent);
    expect(resumed.summary.blocked + interrupted.summary.blocked).toBe(blocked.size + 1);
    expect(resumed.summary.failed).toBe(0);
    expect(interrupted.summary.sent + resumed.summary.sent).toBe(N - blocked.size - 1);
    expect(progress.at(-1)).toMatchObject({ done: resumed.total, total: resumed.total });
    expect(progress.at(-1)?.rate).toBeGreaterThan(15);

    // The fake Bot API records only the calls it accepted: a 429, 502, 403 or 400 answer is not a copy.
    const copies = new Map<number, number>();
    for (const call of [...sends(one), ...sends(two)])
      copies.set(Number(call.payload.chat_id), (copies.get(Number(call.payload.chat_id)) ?? 0) + 1);
    expect(copies.size).toBe(N - blocked.size - 1);
    expect([...copies.values()].filter((n) => n !== 1)).toEqual([]);
    for (const c of [...blocked, gone]) expect(await second.subscriptions.get(c)).toBeUndefined();
    // No window of one second holds more than 20 sends.
    sendTimes.sort((a, b) => a - b);
    for (let i = 20; i < sendTimes.length; i++) expect(sendTimes[i]! - sendTimes[i - 20]!).toBeGreaterThanOrEqual(1000);
  }, 120_000);
});

describeRedis("a broadcast through BullMQ on a real Redis", () => {
  it("is resumed after an interruption without a second copy", async () => {
    const redis = await connectTestRedis();
    try {
      const store = redisNotifyStore(redis, TEST_PREFIX);
      const N = 300;
      for (let chat = 1; chat <= N; chat++) await store.subscriptions.add(chat, LANGS[chat % 3]!, new Date());
      const telegram = new FakeTelegram();
      const queue = () =>
        bullQueue({ url: REDIS_URL!, prefix: TEST_PREFIX, name: "broadcast", perSecond: 5000, logger: silentLogger });
      const deps = {
        store,
        send: apiSend(telegram),
        keyboard: () => undefined,
        logger: silentLogger,
        pacer: new Pacer(5000, 0),
      };
      let interrupt = () => {};
      const stop = new Promise<void>((resolve) => (interrupt = resolve));
      const first = await runBroadcast(
        announcement,
        { ...deps, queue: queue(), onProgress: (p) => p.summary.sent >= 100 && interrupt() },
        { stop },
      );
      expect(first.interrupted).toBe(true);
      const second = await runBroadcast(announcement, { ...deps, queue: queue() });
      expect(second.interrupted).toBe(false);
      const copies = new Map<number, number>();
      for (const call of sends(telegram))
        copies.set(Number(call.payload.chat_id), (copies.get(Number(call.payload.chat_id)) ?? 0) + 1);
      expect(copies.size).toBe(N);
      expect([...copies.values()].filter((n) => n !== 1)).toEqual([]);
      expect(first.summary.sent + second.summary.sent).toBe(N);
    } finally {
      await removeTestKeys(redis);
      redis.disconnect();
    }
  }, 60_000);
});
