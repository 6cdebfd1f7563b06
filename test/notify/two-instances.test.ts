import { Api } from "grammy";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { loadCalendars } from "../../src/calendar/load.js";
import { createI18n } from "../../src/i18n.js";
import { FakeTelegram } from "../../src/local/fake-telegram.js";
import { enqueueDue, type NotifierDeps, startDelivering } from "../../src/notify/notifier.js";
import { Pacer } from "../../src/notify/pace.js";
import { bullQueue } from "../../src/notify/queue-bullmq.js";
import { redisNotifyStore } from "../../src/notify/store.js";
import { silentLogger } from "../helpers/harness.js";
import { connectTestRedis, describeRedis, REDIS_URL, removeTestKeys, TEST_PREFIX } from "../storage/redis-env.js";

const calendars = loadCalendars("test/fixtures/notify");
const tFor = createI18n();
// 04:00 UTC on 10 March 2029: the 2029 block is still "called" and the absentee reminder is due, two notices.
const now = () => new Date("2029-03-10T04:00:00Z");
const SUBSCRIBERS = 150;

describeRedis("two bot instances on one Redis (BullMQ)", () => {
  const redises: Redis[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 3; i++) redises.push(await connectTestRedis());
  });
  afterAll(async () => {
    await removeTestKeys(redises[0]!);
    for (const r of redises) r.disconnect();
  });

  it("send each notice to each subscriber exactly once, whichever instance looks first", async () => {
    const seed = redisNotifyStore(redises[0]!, TEST_PREFIX);
    for (let chat = 1; chat <= SUBSCRIBERS; chat++)
      await seed.subscriptions.add(chat, (["kk", "ru", "en"] as const)[chat % 3]!, new Date());

    const instance = (redis: Redis) => {
      const telegram = new FakeTelegram();
      const api = new Api("1:test", { fetch: telegram.fetch } as never);
      const queue = bullQueue({
        url: REDIS_URL!,
        prefix: TEST_PREFIX,
        name: "notices",
        perSecond: 2000,
        logger: silentLogger,
      });
      const deps: NotifierDeps = {
        calendars: () => calendars,
        store: redisNotifyStore(redis, TEST_PREFIX),
        queue,
        send: (chatId, m) => api.sendMessage(chatId, m.text, { parse_mode: "HTML" }),
        tFor,
        keyboard: () => undefined,
        now,
        logger: silentLogger,
        pacer: new Pacer(2000, 1000),
      };
      return { telegram, queue, deps };
    };
    const a = instance(redises[1]!);
    const b = instance(redises[2]!);
    startDelivering(a.deps);
    startDelivering(b.deps);
    // Both look for due notices at the same moment, as two instances started by one deploy would.
    await Promise.all([enqueueDue(a.deps), enqueueDue(b.deps)]);

    const sends = () =>
      [a.telegram, b.telegram].flatMap((t) =>
        t.calls
          .filter((c) => c.method === "sendMessage")
          .map((c) => `${c.payload.chat_id}:${String(c.payload.text).slice(0, 12)}`),
      );
    await vi.waitFor(() => expect(sends().length).toBeGreaterThanOrEqual(2 * SUBSCRIBERS), {
      timeout: 30_000,
      interval: 50,
    });
    await a.queue.idle(10_000);
    await b.queue.idle(10_000);
    const all = sends();
    expect(all).toHaveLength(2 * SUBSCRIBERS);
    expect(new Set(all).size).toBe(2 * SUBSCRIBERS);
    await Promise.all([a.queue.close(), b.queue.close()]);
  }, 60_000);
});
