import { randomUUID } from "node:crypto";
import { RedisAdapter } from "@grammyjs/storage-redis";
import type { StorageAdapter } from "grammy";
import { Redis } from "ioredis";
import type { Logger } from "../logger.js";
import { MAX_GAPS } from "./gap-limit.js";
import { type BotStorage, type Gap, LAST_ANSWER_TTL_MS, type LastAnswer, type SessionData } from "./types.js";

const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;
const COUNT = `local n = redis.call("incr", KEYS[1]) if redis.call("pttl", KEYS[1]) < 0 then redis.call("pexpire", KEYS[1], ARGV[1]) end return n`;

export class LockTimeoutError extends Error {
  override name = "LockTimeoutError";
}

export interface RedisStorageOptions {
  /** Every key starts with it; tests use their own. */
  prefix: string;
  lockTtlMs: number;
  lockWaitMs: number;
  /** An idle guided flow's state expires after this, so an abandoned flow leaves nothing behind. */
  conversationTtlMs: number;
}

const DEFAULTS: RedisStorageOptions = {
  prefix: "saylau:",
  lockTtlMs: 30_000,
  lockWaitMs: 15_000,
  conversationTtlMs: 30 * 60_000,
};

function prefixed<T>(adapter: StorageAdapter<T>, prefix: string): StorageAdapter<T> {
  return {
    read: (key) => adapter.read(prefix + key),
    write: (key, value) => adapter.write(prefix + key, value),
    delete: (key) => adapter.delete(prefix + key),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function connectRedis(url: string, logger?: Logger): Redis {
  const redis = new Redis(url, {
    // Fail a command quickly while Redis is away, so the user gets an apology instead of a hang.
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    // A Redis that accepts the connection but never answers (stopped, overloaded) fails the command instead of
    // holding the update for ever: the user gets the apology, as when the connection is refused.
    commandTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 100, 2000),
  });
  // One warning when Redis goes away and one when it is back, with how long it was gone: an operator sees the
  // outage and its length without a line per failed command.
  let downSince: number | undefined;
  redis.on("error", (err: Error) => {
    if (downSince !== undefined) return;
    downSince = Date.now();
    logger?.warn({ err: err.message }, "redis unreachable; users get an apology until it is back");
  });
  redis.on("ready", () => {
    if (downSince === undefined) return;
    logger?.warn({ downSeconds: Math.round((Date.now() - downSince) / 100) / 10 }, "redis connection restored");
    downSince = undefined;
  });
  return redis;
}

export function redisStorage(redis: Redis, options: Partial<RedisStorageOptions> = {}): BotStorage {
  const { prefix: PREFIX, lockTtlMs, lockWaitMs, conversationTtlMs } = { ...DEFAULTS, ...options };
  return {
    kind: "redis",
    redis,
    keyPrefix: PREFIX,
    session: prefixed(new RedisAdapter<SessionData>({ instance: redis }), `${PREFIX}session:`),
    conversations: prefixed(
      new RedisAdapter<unknown>({ instance: redis, ttl: Math.ceil(conversationTtlMs / 1000) }),
      `${PREFIX}conv:`,
    ),
    lastAnswers: prefixed(
      new RedisAdapter<LastAnswer>({ instance: redis, ttl: LAST_ANSWER_TTL_MS / 1000 }),
      `${PREFIX}last:`,
    ),
    counters: {
      incr: (key, by = 1) => redis.hincrby(`${PREFIX}counters`, key, by),
      all: async () =>
        Object.fromEntries(Object.entries(await redis.hgetall(`${PREFIX}counters`)).map(([k, v]) => [k, Number(v)])),
    },
    gaps: {
      record: async (gap) => {
        await redis
          .multi()
          .lpush(`${PREFIX}gaps`, JSON.stringify(gap))
          .ltrim(`${PREFIX}gaps`, 0, MAX_GAPS - 1)
          .exec();
      },
      all: async () =>
        (await redis.lrange(`${PREFIX}gaps`, 0, -1)).reverse().flatMap((s) => {
          try {
            return [JSON.parse(s) as Gap];
          } catch {
            return [];
          }
        }),
    },
    // The plugin sets a counter's expiry in a second call after INCR; a key that missed it (Redis blinked between
    // the two) would silence its user for ever. Here both happen in one script, which also mends such a key.
    rateCounter: (windowMs) => ({
      incr: async (key) => Number(await redis.eval(COUNT, 1, key, windowMs)),
      pexpire: async () => 1,
    }),
    async withLock(key, fn) {
      const lockKey = `${PREFIX}lock:${key}`;
      const token = randomUUID();
      const deadline = Date.now() + lockWaitMs;
      let pause = 5;
      while ((await redis.set(lockKey, token, "PX", lockTtlMs, "NX")) !== "OK") {
        if (Date.now() > deadline) throw new LockTimeoutError(`${key} stayed locked for ${lockWaitMs} ms`);
        await sleep(pause + Math.random() * pause);
        pause = Math.min(pause * 2, 100);
      }
      // A slow update (Telegram asking us to wait) keeps its lock alive instead of letting it expire mid-update.
      const keepAlive = setInterval(
        () => void redis.eval(EXTEND, 1, lockKey, token, lockTtlMs).catch(() => {}),
        lockTtlMs / 3,
      );
      try {
        return await fn();
      } finally {
        clearInterval(keepAlive);
        await redis.eval(RELEASE, 1, lockKey, token).catch(() => {});
      }
    },
    close: async () => {
      if (redis.status !== "end") await redis.quit().catch(() => redis.disconnect());
    },
  };
}
