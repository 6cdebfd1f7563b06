import type { ChildProcess } from "node:child_process";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, expect, it } from "vitest";
import { E2E_TOKEN, startBot, startEmulator, stopBot } from "../e2e/bot-process.js";
import { connectTestRedis, describeRedis, REDIS_URL, removeTestKeys, TEST_PREFIX } from "../storage/redis-env.js";
import { en, finishEligibility, kill, logOf, nextMessage, press, waitForLog } from "./bot-process.js";

describeRedis("two bot processes on one Redis (real Redis at REDIS_URL)", () => {
  let server: TelegramServer;
  const bots: ChildProcess[] = [];

  beforeAll(async () => {
    await (await connectTestRedis()).quit();
    server = await startEmulator();
  });
  afterAll(async () => {
    await Promise.all(bots.map(kill));
    await server?.stop();
    const redis = await connectTestRedis();
    await removeTestKeys(redis);
    await redis.quit();
  });

  it("share a user's flow: it runs on whichever takes the update, and carries on when one stops", async () => {
    const env = {
      REDIS_URL: REDIS_URL!,
      REDIS_PREFIX: TEST_PREFIX,
      LOG_LEVEL: "debug",
      DATA_DIR: "/nonexistent/unused",
    };
    const [a, b] = [startBot(server, env), startBot(server, env)];
    bots.push(a, b);
    await Promise.all([waitForLog(a, /"bot started"/), waitForLog(b, /"bot started"/)]);
    const userId = 80_000_000 + Math.floor(Math.random() * 1e6);
    const client = server.getClient(E2E_TOKEN, { userId, chatId: userId, firstName: "Both" });

    await client.sendCommand(client.makeCommand("/eligibility"));
    const offices = await nextMessage(client);
    const citizenship = await press(client, offices, en("eligibility.office.mazhilisDistrict"));
    expect(citizenship.text).toContain(en("eligibility.q.citizenship"));

    expect(await stopBot(a)).toBe(0);
    const next = await press(client, citizenship, en("flow.yes"));
    const verdict = await finishEligibility(client, next);
    expect(verdict.text).toContain(en("eligibility.verdict.eligible").slice(0, 20));

    const handled = (p: ChildProcess) => (logOf(p).match(/"msg":"update"/g) ?? []).length;
    expect(handled(a) + handled(b)).toBeGreaterThanOrEqual(5);
    expect(handled(b)).toBeGreaterThanOrEqual(3);
    for (const p of [a, b]) expect(logOf(p)).not.toMatch(/"level":50/);
    expect(await stopBot(b)).toBe(0);
    const redis = await connectTestRedis();
    try {
      expect(await redis.keys(`${TEST_PREFIX}*${userId}*`)).not.toEqual([]);
      expect(await redis.keys(`saylau:*${userId}*`)).toEqual([]);
    } finally {
      await redis.quit();
    }
  }, 180_000);
});
