import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { describe } from "vitest";

export const REDIS_URL = process.env.REDIS_URL?.trim() || undefined;

/** Redis tests run whenever REDIS_URL is set, and then fail (never skip) if Redis cannot be reached. */
export const describeRedis = describe.skipIf(!REDIS_URL);

export async function connectTestRedis(): Promise<Redis> {
  const redis = new Redis(REDIS_URL!, { maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: () => null });
  redis.on("error", () => {});
  try {
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    throw new Error(`REDIS_URL is set but Redis is unreachable: ${(err as Error).message}`);
  }
  return redis;
}

/**
 * Tests keep their keys apart from a bot's and from other test runs on the same Redis (a second checkout, CI beside
 * a developer): every test file gets its own prefix, for in-process storage and, as REDIS_PREFIX, for bot processes.
 */
export const TEST_PREFIX = `saylau-test:${randomUUID().slice(0, 13)}:`;

export async function removeTestKeys(redis: Redis): Promise<void> {
  const keys = await redis.keys(`${TEST_PREFIX}*`);
  if (keys.length > 0) await redis.del(...keys);
}
