import type { StorageAdapter } from "grammy";
import { afterAll, describe, expect, it } from "vitest";
import { createDeps, createLocalChat } from "../../src/app.js";
import type { BotDeps } from "../../src/bot/context.js";
import { createI18n } from "../../src/i18n.js";
import { type BotStorage, memoryStorage } from "../../src/storage/index.js";
import { redisStorage } from "../../src/storage/redis.js";
import { silentLogger } from "../helpers/harness.js";
import { connectTestRedis, describeRedis, removeTestKeys, TEST_PREFIX } from "../storage/redis-env.js";

const base = createDeps({ logger: silentLogger });
const APOLOGY_KK = createI18n()("kk")("error.generic");

function flaky<T>(adapter: StorageAdapter<T>, down: { now: boolean }): StorageAdapter<T> {
  const fail = () => Promise.reject(new Error("ECONNREFUSED storage"));
  return {
    read: (k) => (down.now ? fail() : adapter.read(k)),
    write: (k, v) => (down.now ? fail() : adapter.write(k, v)),
    delete: (k) => (down.now ? fail() : adapter.delete(k)),
  };
}

function chatOn(storage: BotStorage, id: number, lang: string) {
  const deps: BotDeps = { ...base, storage };
  return createLocalChat(deps, { id, first_name: "S", language_code: lang });
}

async function outageScenario(storage: BotStorage, setDown: (down: boolean) => Promise<void> | void, id: number) {
  const chat = chatOn(storage, id, "kk");
  await setDown(true);
  const during = [await chat.send("Сайлау қашан өтті?"), await chat.send("/start")];
  await setDown(false);
  const after = await chat.send("/start");
  return { during, after };
}

describe("storage outages", () => {
  it.each([
    ["session", "session" as const],
    ["conversation state", "conversations" as const],
  ])(
    "when the %s storage is unreachable the user gets an apology in their language, then service resumes",
    async (_, part) => {
      const down = { now: false };
      const inner = memoryStorage();
      const storage: BotStorage = { ...inner, [part]: flaky(inner[part] as StorageAdapter<unknown>, down) };
      const { during, after } = await outageScenario(
        storage,
        (d) => {
          down.now = d;
        },
        5001,
      );
      for (const replies of during) expect(replies.map((r) => r.text)).toEqual([APOLOGY_KK]);
      expect(after[0]?.text).toContain("Сәлеметсіз бе");
    },
  );

  it("answers a button pressed while the storage is down, so it does not keep spinning", async () => {
    const down = { now: true };
    const inner = memoryStorage();
    const chat = chatOn({ ...inner, session: flaky(inner.session, down) }, 5002, "kk");
    await chat.dispatch({
      update_id: 1,
      callback_query: {
        id: "c1",
        chat_instance: "x",
        data: "m:main",
        from: { id: 5002, is_bot: false, first_name: "S", language_code: "kk" },
        message: { message_id: 1, date: 0, chat: { id: 5002, type: "private", first_name: "S" }, text: "" },
      },
    });
    expect(chat.lastCalls.filter((c) => c.method === "answerCallbackQuery")).toMatchObject([
      { payload: { callback_query_id: "c1", text: APOLOGY_KK } },
    ]);
  });
});

describeRedis("a Redis outage (real Redis at REDIS_URL)", () => {
  let storage: BotStorage | undefined;
  afterAll(async () => {
    if (storage?.redis) await removeTestKeys(storage.redis);
    await storage?.close();
  });

  it("apologises while Redis is unreachable and recovers when it comes back", async () => {
    const redis = await connectTestRedis();
    storage = redisStorage(redis, { prefix: TEST_PREFIX, lockTtlMs: 5000, lockWaitMs: 500 });
    const { during, after } = await outageScenario(
      storage,
      async (d) => {
        if (d) redis.disconnect();
        else await redis.connect();
      },
      5000 + Math.floor(Math.random() * 1e6),
    );
    for (const replies of during) expect(replies.map((r) => r.text)).toEqual([APOLOGY_KK]);
    expect(after[0]?.text).toContain("Сәлеметсіз бе");
  });
});
