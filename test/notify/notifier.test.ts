import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDeps, createLocalChat } from "../../src/app.js";
import { loadCalendars } from "../../src/calendar/load.js";
import { createI18n } from "../../src/i18n.js";
import type { Lang } from "../../src/knowledge/schema.js";
import { FakeTelegram } from "../../src/local/fake-telegram.js";
import type { Send } from "../../src/notify/deliver.js";
import { enqueueDue, type NotifierDeps, startNotifier } from "../../src/notify/notifier.js";
import { Pacer } from "../../src/notify/pace.js";
import { localQueue } from "../../src/notify/queue.js";
import { fileNotifyStore, memoryNotifyStore } from "../../src/notify/store.js";
import type { NotifyStore } from "../../src/notify/types.js";
import { silentLogger } from "../helpers/harness.js";
import { virtualClock } from "../helpers/virtual-clock.js";

const calendars = loadCalendars("test/fixtures/notify");
const tFor = createI18n();
const LANGS: Lang[] = ["kk", "ru", "en"];

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

function notifierDeps(
  store: NotifyStore,
  telegram: FakeTelegram,
  now: () => Date,
  extra: Partial<NotifierDeps> = {},
): NotifierDeps {
  return {
    calendars: () => calendars,
    store,
    queue: localQueue(8),
    send: apiSend(telegram),
    tFor,
    keyboard: () => undefined,
    now,
    logger: silentLogger,
    ...extra,
  };
}

const sentTo = (telegram: FakeTelegram) =>
  telegram.calls.filter((c) => c.method === "sendMessage").map((c) => Number(c.payload.chat_id));

afterEach(() => {
  vi.useRealTimers();
});

describe("notices through time", () => {
  it("gives each subscriber each notice once, in their language, at the right local time", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "setInterval", "Date"] });
    vi.setSystemTime(new Date("2029-03-01T00:00:00Z"));
    const store = memoryNotifyStore();
    for (const [i, lang] of LANGS.entries()) await store.subscriptions.add(100 + i, lang, new Date());
    const telegram = new FakeTelegram();
    const seen: { chat: number; at: string; text: string }[] = [];
    telegram.intercept((call) => {
      if (call.method === "sendMessage")
        seen.push({
          chat: Number(call.payload.chat_id),
          at: new Date().toISOString(),
          text: String(call.payload.text),
        });
      return undefined;
    });
    const stop = startNotifier(notifierDeps(store, telegram, () => new Date()));
    // Three weeks in steps of a minute, as the bot's own tick runs.
    for (let minute = 0; minute < 21 * 24 * 60; minute += 60) await vi.advanceTimersByTimeAsync(60 * 60_000);
    await stop();

    const byChat = (chat: number) => seen.filter((s) => s.chat === chat);
    for (const chat of [100, 101, 102]) expect(byChat(chat)).toHaveLength(4);
    // The election called at once; then 09:00 in UTC+5 on 10 March, 18:00 on the 16th, 08:00 on the 18th.
    expect(byChat(102).map((s) => s.at.slice(0, 13))).toEqual([
      "2029-03-01T00",
      "2029-03-10T04",
      "2029-03-16T13",
      "2029-03-18T03",
    ]);
    expect(byChat(100)[0]?.text).toMatch(/Тағайындалды.*2029 жылғы сайлау/s);
    expect(byChat(101)[1]?.text).toMatch(/Напоминание.*Последний день получения открепительного/s);
    expect(byChat(102)[3]?.text).toMatch(/Reminder.*Election day — <b>18 March 2029, 08:00/s);
  });
});

describe("a notice to 10,000 subscribers", () => {
  it("reaches each reachable one exactly once through 429s, 5xx, 403s and a crash, never above the rate", async () => {
    const dir = mkdtempSync(join(tmpdir(), "saylau-notify-"));
    const first = fileNotifyStore(dir);
    const N = 10_000;
    for (let chat = 1; chat <= N; chat++)
      await first.subscriptions.add(chat, LANGS[chat % 3]!, new Date("2026-12-01T00:00:00Z"));
    const blocked = new Set([7, 70, 700, 7000].filter((c) => c <= N));
    const clock = virtualClock(Date.parse("2029-03-10T04:00:00Z"));
    const sendTimes: number[] = [];
    let calls = 0;
    const faults = (telegram: FakeTelegram) =>
      telegram.intercept((call) => {
        if (call.method !== "sendMessage") return undefined;
        calls++;
        const chat = Number(call.payload.chat_id);
        if (blocked.has(chat)) return apiError(403, "Forbidden: bot was blocked by the user");
        if (calls % 997 === 0) return apiError(429, "Too Many Requests: retry after 3", { retry_after: 3 });
        if (calls % 499 === 0) return apiError(502, "Bad Gateway");
        return undefined;
      });

    // The moments the pacer let a message go, in both processes.
    class RecordingPacer extends Pacer {
      override async take(chatId: number) {
        await super.take(chatId);
        sendTimes.push(clock.now());
      }
    }

    // The first process: killed (its queue dropped) after about 4,000 messages.
    const one = new FakeTelegram();
    faults(one);
    const deps1 = notifierDeps(first, one, () => new Date(clock.now()), {
      clock,
      pacer: new RecordingPacer(25, 1000, clock),
    });
    const { startDelivering } = await import("../../src/notify/notifier.js");
    startDelivering(deps1);
    void enqueueDue(deps1).catch(() => {});
    await vi.waitFor(() => expect(sentTo(one).length).toBeGreaterThan(4000), { timeout: 30_000, interval: 20 });
    // The kill: nothing new is taken; what was in flight ends (sent and marked, or not sent).
    await deps1.queue.close();
    await deps1.queue.idle(10_000);

    // Meanwhile a voter writes to the bot, and is answered.
    const chat = createLocalChat(createDeps({ logger: silentLogger }), {
      id: 42,
      first_name: "V",
      language_code: "ru",
    });
    expect((await chat.send("когда выборы"))[0]?.text.length).toBeGreaterThan(0);

    // The restarted process (a restart takes more than the second the rate is counted over) reads the same files
    // and finishes the job.
    await clock.sleep(1000);
    const second = fileNotifyStore(dir);
    const two = new FakeTelegram();
    faults(two);
    const deps2 = notifierDeps(second, two, () => new Date(clock.now()), {
      clock,
      pacer: new RecordingPacer(25, 1000, clock),
    });
    startDelivering(deps2);
    // Both notices due at this moment go out: the election called, and the absentee reminder.
    expect((await enqueueDue(deps2)).map((n) => n.id)).toEqual(["called:elections-2029", "remind:absentee-end-2029"]);

    // Every reachable subscriber got one copy of each notice; a failed attempt (429, 502, 403) is not a copy.
    const copies = new Map<string, number>();
    for (const call of [...one.calls, ...two.calls].filter((x) => x.method === "sendMessage")) {
      const key = `${call.payload.chat_id}:${String(call.payload.text).startsWith("🗳") ? "called" : "reminder"}`;
      copies.set(key, (copies.get(key) ?? 0) + 1);
    }
    expect(copies.size).toBe(2 * (N - blocked.size));
    expect([...copies.values()].filter((n) => n !== 1)).toEqual([]);
    for (const c of blocked) expect(await second.subscriptions.get(c)).toBeUndefined();
    expect((await second.subscriptions.list()).length).toBe(N - blocked.size);
    // No window of one second holds more than 25 sends.
    sendTimes.sort((a, b) => a - b);
    for (let i = 25; i < sendTimes.length; i++) expect(sendTimes[i]! - sendTimes[i - 25]!).toBeGreaterThanOrEqual(1000);
  }, 120_000);
});
