import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { E2E_TOKEN, startBot, startEmulator, stopBot } from "../e2e/bot-process.js";
import { connectTestRedis, describeRedis, REDIS_URL, removeTestKeys, TEST_PREFIX } from "../storage/redis-env.js";
import { en, finishEligibility, kill, logOf, nextMessage, press, waitForLog } from "./bot-process.js";

let server: TelegramServer;
const running: ChildProcess[] = [];

beforeAll(async () => {
  server = await startEmulator();
});
afterAll(async () => server?.stop());
afterEach(async () => {
  await Promise.all(running.splice(0).map(kill));
});

async function boot(env: Record<string, string>): Promise<ChildProcess> {
  const child = startBot(server, { LOG_LEVEL: "info", ...env });
  running.push(child);
  await waitForLog(child, /"bot started"/);
  return child;
}

async function killedMidFlowThenFinished(env: Record<string, string>, userId: number) {
  const client = server.getClient(E2E_TOKEN, { userId, chatId: userId, firstName: "Restart" });
  const first = await boot(env);
  await client.sendCommand(client.makeCommand("/eligibility"));
  const offices = await nextMessage(client);
  expect(offices.text).toContain(en("eligibility.chooseOffice"));
  const citizenship = await press(client, offices, en("eligibility.office.maslikhat"));
  expect(citizenship.text).toContain(en("eligibility.q.citizenship"));

  await kill(first);
  expect(first.signalCode).toBe("SIGKILL");
  const second = await boot(env);

  const next = await press(client, citizenship, en("flow.yes"));
  expect(next.text).not.toContain(en("callback.stale"));
  expect(next.text).not.toContain(en("eligibility.q.citizenship"));
  expect(next.text).not.toContain(en("eligibility.chooseOffice"));
  const verdict = await finishEligibility(client, next);
  expect(verdict.text).toContain(en("eligibility.verdict.eligible").slice(0, 20));
  expect(await stopBot(second)).toBe(0);
  expect(logOf(second)).not.toMatch(/"level":50/);
}

describe("a restart in the middle of a flow", () => {
  it("with the embedded file storage, the flow resumes where it was and finishes", async () => {
    await killedMidFlowThenFinished({ DATA_DIR: mkdtempSync(join(tmpdir(), "saylau-restart-")) }, 60_001);
  }, 180_000);
});

describeRedis("a restart with Redis (real Redis at REDIS_URL)", () => {
  beforeAll(async () => (await connectTestRedis()).quit());
  afterAll(async () => {
    const redis = await connectTestRedis();
    await removeTestKeys(redis);
    await redis.quit();
  });

  it("the flow resumes on the restarted process and finishes, with its keys under the run's prefix", async () => {
    const userId = 60_000_000 + Math.floor(Math.random() * 1e6);
    await killedMidFlowThenFinished(
      { REDIS_URL: REDIS_URL!, REDIS_PREFIX: TEST_PREFIX, DATA_DIR: "/nonexistent/unused" },
      userId,
    );
    const redis = await connectTestRedis();
    try {
      expect(await redis.keys(`${TEST_PREFIX}session:*${userId}*`)).not.toEqual([]);
      expect(await redis.keys(`saylau:*${userId}*`)).toEqual([]);
    } finally {
      await redis.quit();
    }
  }, 180_000);
});
