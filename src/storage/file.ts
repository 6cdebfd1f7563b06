import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { appendFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { StorageAdapter } from "grammy";
import { MAX_GAPS } from "./gap-limit.js";
import type { BotStorage, Counters, Gap, GapLog, SessionData } from "./types.js";

let tmpSeq = 0;

async function writeAtomically(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${tmpSeq++}.tmp`;
  await writeFile(tmp, data, "utf8");
  await rename(tmp, path);
}

function safeName(key: string): string {
  const name = key.replace(/[^A-Za-z0-9_-]/gu, (c) =>
    [...Buffer.from(c)].map((b) => `%${b.toString(16).padStart(2, "0")}`).join(""),
  );
  if (name.length <= 200) return name || "%";
  return `${name.slice(0, 100)}~${createHash("sha256").update(key).digest("hex").slice(0, 40)}`;
}

/**
 * Same layout as @grammyjs/storage-file, but a write is a rename of a finished temp file, so concurrent
 * writers and crashes never leave half a JSON file; any key maps to a file name inside the folder.
 */
export class JsonFileAdapter<T> implements StorageAdapter<T> {
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
    mkdirSync(this.dir, { recursive: true });
  }

  private path(key: string): { folder: string; file: string } {
    const name = safeName(key);
    const folder = join(this.dir, name.slice(-2));
    return { folder, file: join(folder, `${name}.json`) };
  }

  async read(key: string): Promise<T | undefined> {
    let raw: string;
    try {
      raw = await readFile(this.path(key).file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw err;
    }
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined;
    }
  }

  async write(key: string, value: T): Promise<void> {
    const { folder, file } = this.path(key);
    await mkdir(folder, { recursive: true });
    await writeAtomically(file, JSON.stringify(value));
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key).file, { force: true });
  }

  /** Deletes every value last written before `now - maxAgeMs`; returns how many. */
  async sweep(maxAgeMs: number, now = Date.now()): Promise<number> {
    let removed = 0;
    for (const entry of await readdir(this.dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith(".json")) continue;
      const file = join(entry.parentPath, entry.name);
      const info = await stat(file).catch(() => undefined);
      if (info && now - info.mtimeMs > maxAgeMs) {
        await rm(file, { force: true });
        removed++;
      }
    }
    return removed;
  }
}

/** Runs tasks one after another, so a read-modify-write of one file never interleaves with another. */
function serialQueue(): <R>(task: () => Promise<R>) => Promise<R> {
  let queue: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };
}

function fileCounters(path: string): Counters {
  let cache: Record<string, number> | undefined;
  const serial = serialQueue();
  const load = async () => {
    if (cache) return cache;
    try {
      cache = JSON.parse(await readFile(path, "utf8")) as Record<string, number>;
    } catch {
      cache = {};
    }
    return cache;
  };
  return {
    incr: (key, by = 1) =>
      serial(async () => {
        const all = await load();
        const value = (all[key] ?? 0) + by;
        all[key] = value;
        await writeAtomically(path, JSON.stringify(all));
        return value;
      }),
    all: () => serial(async () => ({ ...(await load()) })),
  };
}

/** Appended line by line, and cut back now and then to the newest `max` (Redis keeps as many). */
function fileGaps(path: string, max: number): GapLog {
  const serial = serialQueue();
  const trimEvery = Math.ceil(max / 50);
  let appended = 0;
  return {
    record: (gap) =>
      serial(async () => {
        await appendFile(path, `${JSON.stringify(gap)}\n`, "utf8");
        if (++appended < trimEvery) return;
        appended = 0;
        const lines = (await readFile(path, "utf8")).split("\n").filter(Boolean);
        if (lines.length > max) await writeAtomically(path, `${lines.slice(-max).join("\n")}\n`);
      }),
    all: async () => {
      let raw = "";
      try {
        raw = await readFile(path, "utf8");
      } catch {
        return [];
      }
      return raw.split("\n").flatMap((line) => {
        try {
          return line ? [JSON.parse(line) as Gap] : [];
        } catch {
          return [];
        }
      });
    },
  };
}

export interface FileStorageOptions {
  /** An idle guided flow's state is swept away after this, so an abandoned flow leaves nothing behind. */
  conversationTtlMs: number;
  /** The newest unanswered questions kept. */
  maxGaps: number;
}

export function fileStorage(dir: string, options: Partial<FileStorageOptions> = {}): BotStorage {
  mkdirSync(dir, { recursive: true });
  const conversations = new JsonFileAdapter<unknown>(join(dir, "conversations"));
  const ttl = options.conversationTtlMs;
  const sweep = () => (ttl ? conversations.sweep(ttl).catch(() => 0) : Promise.resolve(0));
  void sweep();
  const timer = ttl ? setInterval(sweep, Math.max(ttl / 4, 1000)).unref() : undefined;
  return {
    kind: "file",
    session: new JsonFileAdapter<SessionData>(join(dir, "sessions")),
    conversations,
    counters: fileCounters(join(dir, "counters.json")),
    gaps: fileGaps(join(dir, "gaps.jsonl"), options.maxGaps ?? MAX_GAPS),
    close: async () => clearInterval(timer),
  };
}
