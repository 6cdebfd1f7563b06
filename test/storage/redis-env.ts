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

/** Tests keep their keys apart from a bot's (and from each other's runs). */
export const TEST_PREFIX = `saylau-test:${process.pid}-${Date.now()}:`;

export async function removeTestKeys(redis: Redis): Promise<void> {
  const keys = await redis.keys(`${TEST_PREFIX}*`);
  if (keys.length > 0) await redis.del(...keys);
}
