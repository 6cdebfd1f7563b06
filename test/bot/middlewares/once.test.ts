import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps } from "../../../src/app.js";
import { createBot } from "../../../src/bot/create-bot.js";
import { FakeTelegram, LOCAL_BOT_INFO } from "../../../src/local/fake-telegram.js";
import { textUpdate } from "../../../src/local/updates.js";
import { memoryStorage } from "../../../src/storage/index.js";
import { redisStorage } from "../../../src/storage/redis.js";
import { silentLogger } from "../../helpers/harness.js";
import { connectTestRedis, describeRedis, removeTestKeys, TEST_PREFIX } from "../../storage/redis-env.js";

const replies = (telegram: FakeTelegram) => telegram.calls.filter((c) => c.method === "sendMessage").length;

describe("an update delivered twice", () => {
  it("is answered once by one instance", async () => {
    const telegram = new FakeTelegram();
    const bot = createBot("1:once", createDeps({ logger: silentLogger, storage: memoryStorage() }), {
      botInfo: LOCAL_BOT_INFO,
      client: { fetch: telegram.fetch },
    });
    const update = textUpdate("/help", { id: 71, first_name: "A" });
    await bot.handleUpdate(update);
    await bot.handleUpdate(structuredClone(update));
    expect(replies(telegram)).toBe(1);
    // A new update of the same chat is answered as usual.
    await bot.handleUpdate(textUpdate("/help", { id: 71, first_name: "A" }));
    expect(replies(telegram)).toBe(2);
  });
});

describeRedis("an update delivered to two instances on one Redis", () => {
  let redis: Redis;
  beforeAll(async () => {
    redis = await connectTestRedis();
  });
  afterAll(async () => {
    await removeTestKeys(redis);
    redis.disconnect();
  });

  it("is answered by exactly one of them", async () => {
    const instance = () => {
      const telegram = new FakeTelegram();
      const storage = redisStorage(redis, { prefix: TEST_PREFIX });
      const bot = createBot("1:once", createDeps({ logger: silentLogger, storage }), {
        botInfo: LOCAL_BOT_INFO,
        client: { fetch: telegram.fetch },
      });
      return { bot, telegram };
    };
    const a = instance();
    const b = instance();
    const update = textUpdate("/help", { id: 72, first_name: "B" });
    await Promise.all([a.bot.handleUpdate(update), b.bot.handleUpdate(structuredClone(update))]);
    expect(replies(a.telegram) + replies(b.telegram)).toBe(1);
  });
});
