import { type ChildProcess, spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps } from "../../src/app.js";
import { createBot } from "../../src/bot/create-bot.js";
import { createI18n } from "../../src/i18n.js";
import { FakeTelegram, LOCAL_BOT_INFO } from "../../src/local/fake-telegram.js";
import { LocalChat } from "../../src/local/local-chat.js";
import { createLogger } from "../../src/logger.js";
import { connectRedis, redisStorage } from "../../src/storage/redis.js";

const PORT = 26000 + Math.floor(Math.random() * 2000);
const APOLOGY = createI18n()("ru")("error.generic");

describe("a Redis that stops answering (SIGSTOP, a redis-server of the test's own)", () => {
  let server: ChildProcess;
  beforeAll(async () => {
    server = spawn("redis-server", ["--port", String(PORT), "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    await sleep(300);
  });
  afterAll(() => {
    server.kill("SIGCONT");
    server.kill("SIGKILL");
  });

  it("gives the user the apology within seconds instead of holding the update, logs what failed, and recovers", async () => {
    const lines: string[] = [];
    const logger = createLogger("warn", [], { write: (l) => void lines.push(l) });
    const redis = connectRedis(`redis://127.0.0.1:${PORT}`, logger);
    await redis.ping();
    const storage = redisStorage(redis, { prefix: "frozen:", lockTtlMs: 3000, lockWaitMs: 500 });
    const telegram = new FakeTelegram();
    const bot = createBot(
      "1:frozen",
      { ...createDeps({ logger }), storage },
      { botInfo: LOCAL_BOT_INFO, client: { fetch: telegram.fetch } },
    );
    const chat = new LocalChat(bot, telegram, { id: 4242, first_name: "F", language_code: "ru" });
    expect((await chat.send("/start"))[0]?.text).toMatch(/Здравствуйте/);

    // Redis stays frozen until the reply came: without a command time-out the update would wait for ever.
    server.kill("SIGSTOP");
    const during = await chat.send("/help");
    expect(during.map((r) => r.text)).toEqual([APOLOGY]);

    server.kill("SIGCONT");
    let after = await chat.send("/help");
    for (let i = 0; i < 20 && after[0]?.text === APOLOGY; i++) {
      await sleep(250);
      after = await chat.send("/help");
    }
    expect(after[0]?.text).toMatch(/Что я умею/);
    // Each update it failed is logged with what failed: the command that timed out.
    expect(lines.some((l) => /update failed/.test(l) && /timed out/i.test(l))).toBe(true);
    redis.disconnect();
  }, 60_000);
});
