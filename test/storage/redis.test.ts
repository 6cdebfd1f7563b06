import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps, createLocalChat } from "../../src/app.js";
import { type BotStorage, openStorage } from "../../src/storage/index.js";
import { LockTimeoutError, redisStorage } from "../../src/storage/redis.js";
import { silentLogger } from "../helpers/harness.js";
import { connectTestRedis, describeRedis, REDIS_URL, removeTestKeys, TEST_PREFIX } from "./redis-env.js";

describe("opening the storage", () => {
  it("fails at start-up, naming the problem, when REDIS_URL points nowhere", async () => {
    await expect(openStorage({ REDIS_URL: "redis://127.0.0.1:1", DATA_DIR: "unused" })).rejects.toThrow(
      /cannot reach Redis at REDIS_URL/,
    );
  });
});

describeRedis("the Redis storage (real Redis at REDIS_URL)", () => {
  const clients: Redis[] = [];
  let a: BotStorage;
  let b: BotStorage;
  const id = randomUUID();

  beforeAll(async () => {
    clients.push(await connectTestRedis(), await connectTestRedis());
    a = redisStorage(clients[0]!, { prefix: TEST_PREFIX, lockTtlMs: 5000, lockWaitMs: 3000 });
    b = redisStorage(clients[1]!, { prefix: TEST_PREFIX, lockTtlMs: 5000, lockWaitMs: 300 });
  });

  afterAll(async () => {
    if (clients[0]) await removeTestKeys(clients[0]);
    await a?.close();
    await b?.close();
  });

  it("shares sessions and conversation state between instances", async () => {
    await a.session.write(`s-${id}`, { lang: "ru" });
    expect(await b.session.read(`s-${id}`)).toEqual({ lang: "ru" });
    await a.conversations.write(`c-${id}`, { step: 3 });
    expect(await b.conversations.read(`c-${id}`)).toEqual({ step: 3 });
    await b.session.delete(`s-${id}`);
    expect(await a.session.read(`s-${id}`)).toBeUndefined();
  });

  it("lets an idle guided flow's state expire after the flow idle time", async () => {
    const short = redisStorage(clients[0]!, { prefix: TEST_PREFIX, conversationTtlMs: 90_000 });
    await short.conversations.write(`idle-${id}`, { step: 1 });
    const ttl = await clients[0]!.pttl(`${TEST_PREFIX}conv:idle-${id}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(90_000);
  });

  it("counts increments from two instances exactly", async () => {
    const key = `entry-${id}:up`;
    await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).counters.incr(key)));
    expect((await a.counters.all())[key]).toBe(50);
  });

  it("counts a user's updates for the rate limit with an expiry, and mends a count left without one", async () => {
    const key = `${TEST_PREFIX}rl:${id}`;
    const counter = a.rateCounter!(60_000);
    expect([await counter.incr(key), await counter.incr(key)]).toEqual([1, 2]);
    expect(await clients[0]!.pttl(key)).toBeGreaterThan(50_000);
    await clients[0]!.set(key, "7");
    expect(await clients[0]!.pttl(key)).toBe(-1);
    expect(await counter.incr(key)).toBe(8);
    expect(await clients[0]!.pttl(key)).toBeGreaterThan(50_000);
  });

  it("records gaps from any instance for the curators' list", async () => {
    await a.gaps.record({ q: `question ${id}`, lang: "en", at: new Date().toISOString() });
    expect((await b.gaps.all()).some((g) => g.q === `question ${id}`)).toBe(true);
  });

  it("lets one instance at a time hold a chat's lock", async () => {
    const key = `chat-${id}`;
    let inside = 0;
    let most = 0;
    const critical = async () => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((r) => setTimeout(r, 5));
      inside--;
    };
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).withLock!(key, critical).catch(() => a.withLock!(key, critical)),
      ),
    );
    expect(most).toBe(1);
  });

  it("keeps the lock while a slow update runs past the lock's lifetime", async () => {
    const slow = redisStorage(clients[0]!, { prefix: TEST_PREFIX, lockTtlMs: 150, lockWaitMs: 100 });
    const key = `chat-${id}-slow`;
    let release!: () => void;
    const held = slow.withLock!(key, () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 400));
    await expect(b.withLock!(key, async () => "never")).rejects.toBeInstanceOf(LockTimeoutError);
    release();
    await held;
    expect(await b.withLock!(key, async () => "free")).toBe("free");
  });

  it("releases the lock when the handler throws, and gives up waiting after the bound", async () => {
    const key = `chat-${id}-2`;
    await expect(a.withLock!(key, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await b.withLock!(key, async () => "free")).toBe("free");
    let release!: () => void;
    const held = a.withLock!(key, () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 20));
    await expect(b.withLock!(key, async () => "never")).rejects.toBeInstanceOf(LockTimeoutError);
    release();
    await held;
  });

  it("keeps every key of a bot opened with REDIS_PREFIX under that prefix, rate-limit counts included", async () => {
    const storage = await openStorage({ REDIS_URL: REDIS_URL!, REDIS_PREFIX: TEST_PREFIX, DATA_DIR: "unused" });
    const userId = 90_000_000 + Math.floor(Math.random() * 1e6);
    try {
      expect(storage.keyPrefix).toBe(TEST_PREFIX);
      const deps = {
        ...createDeps({ logger: silentLogger, storage }),
        protect: { rateLimit: { max: 5, windowMs: 60_000 } },
      };
      const chat = createLocalChat(deps, { id: userId, first_name: "P", language_code: "en" });
      await chat.send("/language");
      await chat.press(chat.lastButtons.find((b) => b.data === "l:ru")!);
      const mine = await clients[0]!.keys(`*${userId}*`);
      expect(mine.sort()).toEqual([`${TEST_PREFIX}rl:${userId}`, `${TEST_PREFIX}session:${userId}`]);
    } finally {
      await storage.close();
    }
  });
});
