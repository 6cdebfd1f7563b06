import { mkdirSync } from "node:fs";
import { appendFile, open, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Redis } from "ioredis";
import { isLang, type Lang } from "../knowledge/schema.js";
import { NOTIFY_DEFAULTS } from "./defaults.js";
import type { Ledger, NotifyStore, Subscriber, Subscriptions } from "./types.js";

export function memoryNotifyStore(): NotifyStore {
  const subs = new Map<number, Subscriber>();
  const marks = new Set<string>();
  return {
    subscriptions: {
      add: async (chatId, lang, at) => {
        subs.set(chatId, { chatId, lang, since: subs.get(chatId)?.since ?? at.toISOString() });
      },
      remove: async (chatId) => subs.delete(chatId),
      get: async (chatId) => subs.get(chatId),
      list: async () => [...subs.values()],
    },
    ledger: { has: async (key) => marks.has(key), mark: async (key) => void marks.add(key) },
    close: async () => {},
  };
}

type SubLine = { op: "add"; chatId: number; lang: Lang; since: string } | { op: "remove"; chatId: number };

/**
 * An append-only log, re-read when another process (the broadcast command beside the bot) has appended to it.
 * Appends of one short line are atomic, so two processes can write to it without a lock; a torn last line, left by
 * a crash mid-write, is skipped and the next append starts on a fresh line.
 */
class AppendLog<T> {
  private size = -1;
  private lines: T[] = [];
  /** Changes whenever `lines` does, so what is derived from them can be cached. */
  version = 0;

  constructor(
    readonly path: string,
    private readonly parse: (value: unknown) => T | undefined,
  ) {}

  async read(): Promise<T[]> {
    const info = await stat(this.path).catch(() => undefined);
    if (this.size !== -1 && (info?.size ?? 0) === this.size) return this.lines;
    const raw = info ? await readFile(this.path, "utf8") : "";
    this.size = Buffer.byteLength(raw);
    this.version++;
    this.lines = raw.split("\n").flatMap((line) => {
      try {
        const value = line ? this.parse(JSON.parse(line)) : undefined;
        return value === undefined ? [] : [value];
      } catch {
        return [];
      }
    });
    return this.lines;
  }

  private appending: Promise<unknown> = Promise.resolve();

  /**
   * Returns whether only this line was added since the last read, so derived state can be updated in place.
   * Appends of this process go one at a time: interleaved, each would see the other's line and read the whole
   * file again.
   */
  append(value: T): Promise<boolean> {
    const run = this.appending.then(() => this.appendNow(value));
    this.appending = run.catch(() => {});
    return run;
  }

  private async appendNow(value: T): Promise<boolean> {
    await this.read();
    const lead = this.size > 0 && !(await this.endsWithNewline()) ? "\n" : "";
    const line = `${lead}${JSON.stringify(value)}\n`;
    await appendFile(this.path, line, "utf8");
    const info = await stat(this.path);
    // Only our line was added: keep the parsed lines instead of reading the whole file again.
    if (info.size === this.size + Buffer.byteLength(line)) {
      this.size = info.size;
      this.lines.push(value);
      this.version++;
      return true;
    }
    this.size = -1;
    return false;
  }

  private async endsWithNewline(): Promise<boolean> {
    const file = await open(this.path, "r");
    try {
      const { buffer } = await file.read(Buffer.alloc(1), 0, 1, this.size - 1);
      return buffer[0] === 0x0a;
    } finally {
      await file.close();
    }
  }

  /** Rewrites the log as `values` (the bot does it at start, when the broadcast command is not running). */
  async rewrite(values: readonly T[]): Promise<void> {
    const tmp = `${this.path}.${process.pid}.tmp`;
    await writeFile(tmp, values.map((v) => `${JSON.stringify(v)}\n`).join(""), "utf8");
    await rename(tmp, this.path);
    this.size = -1;
  }
}

const parseSub = (v: unknown): SubLine | undefined => {
  const line = v as Partial<SubLine> & { lang?: unknown; since?: unknown };
  if (typeof line.chatId !== "number") return undefined;
  if (line.op === "remove") return { op: "remove", chatId: line.chatId };
  if (line.op === "add" && isLang(line.lang) && typeof line.since === "string")
    return { op: "add", chatId: line.chatId, lang: line.lang, since: line.since };
  return undefined;
};

/** Subscriptions and the ledger as two append-only files in DATA_DIR/notify. */
export function fileNotifyStore(dataDir: string): NotifyStore & { compact(): Promise<void> } {
  const dir = join(dataDir, "notify");
  mkdirSync(dir, { recursive: true });
  const subLog = new AppendLog(join(dir, "subscriptions.jsonl"), parseSub);
  const markLog = new AppendLog(join(dir, "delivered.jsonl"), (v) => (typeof v === "string" ? v : undefined));
  let subs = { version: -1, map: new Map<number, Subscriber>() };
  let marks = { version: -1, set: new Set<string>() };
  const current = async () => {
    const lines = await subLog.read();
    if (subs.version === subLog.version) return subs.map;
    const map = new Map<number, Subscriber>();
    for (const line of lines) {
      if (line.op === "remove") map.delete(line.chatId);
      else
        map.set(line.chatId, {
          chatId: line.chatId,
          lang: line.lang,
          since: map.get(line.chatId)?.since ?? line.since,
        });
    }
    subs = { version: subLog.version, map };
    return map;
  };
  const subscriptions: Subscriptions = {
    add: async (chatId, lang, at) => {
      const existing = (await current()).get(chatId);
      if (existing?.lang === lang) return;
      const since = existing?.since ?? at.toISOString();
      if (await subLog.append({ op: "add", chatId, lang, since })) {
        subs.map.set(chatId, { chatId, lang, since });
        subs.version = subLog.version;
      }
    },
    remove: async (chatId) => {
      if (!(await current()).has(chatId)) return false;
      if (await subLog.append({ op: "remove", chatId })) {
        subs.map.delete(chatId);
        subs.version = subLog.version;
      }
      return true;
    },
    get: async (chatId) => (await current()).get(chatId),
    list: async () => [...(await current()).values()],
  };
  const ledger: Ledger = {
    has: async (key) => {
      const lines = await markLog.read();
      if (marks.version !== markLog.version) marks = { version: markLog.version, set: new Set(lines) };
      return marks.set.has(key);
    },
    mark: async (key) => {
      if (await markLog.append(key)) {
        marks.set.add(key);
        marks.version = markLog.version;
      }
    },
  };
  return {
    subscriptions,
    ledger,
    compact: async () => {
      await subLog.rewrite([...(await current()).values()].map((s): SubLine => ({ op: "add", ...s })));
    },
    close: async () => {},
  };
}

/** With Redis: one hash of subscriptions and one key per delivery, shared by every instance. */
export function redisNotifyStore(redis: Redis, prefix: string): NotifyStore {
  const subsKey = `${prefix}notify:subs`;
  const markKey = (key: string) => `${prefix}notify:sent:${key}`;
  const parse = (chatId: number, raw: string | null): Subscriber | undefined => {
    if (!raw) return undefined;
    const value = JSON.parse(raw) as { lang?: unknown; since?: unknown };
    return isLang(value.lang) && typeof value.since === "string"
      ? { chatId, lang: value.lang, since: value.since }
      : undefined;
  };
  return {
    subscriptions: {
      add: async (chatId, lang, at) => {
        const since = parse(chatId, await redis.hget(subsKey, String(chatId)))?.since ?? at.toISOString();
        await redis.hset(subsKey, String(chatId), JSON.stringify({ lang, since }));
      },
      remove: async (chatId) => (await redis.hdel(subsKey, String(chatId))) > 0,
      get: async (chatId) => parse(chatId, await redis.hget(subsKey, String(chatId))),
      list: async () => {
        const out: Subscriber[] = [];
        let cursor = "0";
        do {
          const [next, fields] = await redis.hscan(subsKey, cursor, "COUNT", 1000);
          cursor = next;
          for (let i = 0; i < fields.length; i += 2) {
            const sub = parse(Number(fields[i]), fields[i + 1] ?? null);
            if (sub) out.push(sub);
          }
        } while (cursor !== "0");
        return out;
      },
    },
    ledger: {
      has: async (key) => (await redis.exists(markKey(key))) === 1,
      mark: async (key) => void (await redis.set(markKey(key), "1", "EX", NOTIFY_DEFAULTS.ledgerTtlSeconds)),
    },
    close: async () => {},
  };
}
