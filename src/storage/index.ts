import { MemorySessionStorage } from "grammy";
import type { Logger } from "../logger.js";
import { fileStorage } from "./file.js";
import { type BotStorage, type Gap, LAST_ANSWER_TTL_MS, type LastAnswer, type SessionData } from "./types.js";

export { fileStorage } from "./file.js";

export type { BotStorage, Counters, Gap, GapLog, LastAnswer, RateCounter, SessionData } from "./types.js";

export function memoryStorage(): BotStorage {
  const counters = new Map<string, number>();
  const gaps: Gap[] = [];
  return {
    kind: "memory",
    session: new MemorySessionStorage<SessionData>(),
    conversations: new MemorySessionStorage<unknown>(),
    lastAnswers: new MemorySessionStorage<LastAnswer>(LAST_ANSWER_TTL_MS),
    counters: {
      incr: async (key, by = 1) => {
        const value = (counters.get(key) ?? 0) + by;
        counters.set(key, value);
        return value;
      },
      all: async () => Object.fromEntries(counters),
    },
    gaps: {
      record: async (gap) => {
        gaps.push(gap);
      },
      all: async () => [...gaps],
    },
    close: async () => {},
  };
}

/** Redis when REDIS_URL is set (checked with a PING, so a wrong URL fails at start-up), files under DATA_DIR otherwise. */
export async function openStorage(
  config: { REDIS_URL?: string | undefined; REDIS_PREFIX?: string; DATA_DIR: string; FLOW_IDLE_MINUTES?: number },
  logger?: Logger,
): Promise<BotStorage> {
  const conversationTtlMs = (config.FLOW_IDLE_MINUTES ?? 30) * 60_000;
  if (!config.REDIS_URL) {
    const onDamaged = (what: string, movedTo: string) =>
      logger?.warn({ file: what, movedTo }, "a damaged storage file was set aside; it is kept for repair");
    return fileStorage(config.DATA_DIR, { conversationTtlMs, onDamaged });
  }
  const { connectRedis, redisStorage } = await import("./redis.js");
  const redis = connectRedis(config.REDIS_URL, logger);
  try {
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    throw new Error(`cannot reach Redis at REDIS_URL (${(err as Error).message})`);
  }
  return redisStorage(redis, { conversationTtlMs, ...(config.REDIS_PREFIX ? { prefix: config.REDIS_PREFIX } : {}) });
}
