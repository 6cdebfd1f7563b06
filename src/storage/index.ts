import { MemorySessionStorage, type StorageAdapter } from "grammy";
import type { Redis } from "ioredis";
import type { Logger } from "../logger.js";
import { fileStorage } from "./file.js";

export { fileStorage } from "./file.js";

export interface SessionData {
  lang?: "kk" | "ru" | "en";
}

/** Named counters shared by every instance (e.g. 👍/👎 per knowledge entry). */
export interface Counters {
  incr(key: string, by?: number): Promise<number>;
  all(): Promise<Record<string, number>>;
}

/** An unanswered question, kept without any user or chat id. */
export interface Gap {
  q: string;
  lang: string;
  at: string;
}

export interface GapLog {
  record(gap: Gap): Promise<void>;
  all(): Promise<Gap[]>;
}

/** What @grammyjs/ratelimiter needs of a Redis client. */
export interface RateCounter {
  incr(key: string): Promise<number>;
  pexpire(key: string, ms: number): Promise<number>;
}

export interface BotStorage {
  kind: "memory" | "file" | "redis";
  session: StorageAdapter<SessionData>;
  conversations: StorageAdapter<unknown>;
  counters: Counters;
  gaps: GapLog;
  /** Present with Redis: its client. */
  redis?: Redis;
  /** Present with Redis: per-user counters for the rate limiter, shared by every instance. */
  rateCounter?(windowMs: number): RateCounter;
  /** Present with Redis: every key of this storage starts with it, and the rate limiter's keys too. */
  keyPrefix?: string;
  /** Present with Redis: runs fn while holding a cross-instance lock on key. */
  withLock?<T>(key: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function memoryStorage(): BotStorage {
  const counters = new Map<string, number>();
  const gaps: Gap[] = [];
  return {
    kind: "memory",
    session: new MemorySessionStorage<SessionData>(),
    conversations: new MemorySessionStorage<unknown>(),
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
  if (!config.REDIS_URL) return fileStorage(config.DATA_DIR, { conversationTtlMs });
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
