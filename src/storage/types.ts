import type { StorageAdapter } from "grammy";
import type { Redis } from "ioredis";

// The storage's interfaces, apart from its implementations, so that file.ts and redis.ts need not import index.ts.

export interface SessionData {
  lang?: "kk" | "ru" | "en";
  /** When this user last entered a guided flow: a bare "2" or "да" reads as a step's answer only after one. */
  flowAt?: number;
}

/** The last question answered for a user in a chat, for follow-ups (bot/answer-question.ts): never the user's words. */
export interface LastAnswer {
  id: string;
  lang: "kk" | "ru" | "en";
  at: number;
}

/** A last answer is kept at most this long (the bot reads it for a shorter while: SEARCH_DEFAULTS.followUpMinutes). */
export const LAST_ANSWER_TTL_MS = 60 * 60_000;

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
  /** The last answer per chat and user, gone after LAST_ANSWER_TTL_MS. Apart from the session, so writing it never
   * writes back a session another update has just changed (the language). */
  lastAnswers: StorageAdapter<LastAnswer>;
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
