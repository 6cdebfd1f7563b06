import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { appendFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { StorageAdapter } from "grammy";
import { MAX_GAPS } from "./gap-limit.js";
import {
  type BotStorage,
  type Counters,
  type Gap,
  type GapLog,
  LAST_ANSWER_TTL_MS,
  type LastAnswer,
  type SessionData,
} from "./types.js";

let tmpSeq = 0;

/** Told when a damaged file was set aside, so the loss is logged (never with the file's contents). */
export type OnDamaged = (what: string, movedTo: string) => void;

/** Moves a file that cannot be parsed out of the way, keeping it for a curator, instead of silently starting over. */
async function setAside(path: string, onDamaged?: OnDamaged): Promise<void> {
  const movedTo = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  await rename(path, movedTo).catch(() => {});
  onDamaged?.(path.split("/").slice(-2).join("/"), movedTo.split("/").at(-1)!);
}

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

  constructor(
    dir: string,
    private readonly onDamaged?: OnDamaged,
  ) {
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
      // A file cut short by a crash (the atomic write makes this rare): set aside and logged, then treated as new.
      await setAside(this.path(key).file, this.onDamaged);
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

function fileCounters(path: string, onDamaged?: OnDamaged): Counters {
  let cache: Record<string, number> | undefined;
  const serial = serialQueue();
  const load = async () => {
    if (cache) return cache;
    let raw: string | undefined;
    try {
      raw = await readFile(path, "utf8");
    } catch {
      cache = {};
      return cache;
    }
    try {
      cache = JSON.parse(raw) as Record<string, number>;
    } catch {
      // Never overwrite the counts with a fresh file: the damaged one is kept beside it for a curator to mend.
      await setAside(path, onDamaged);
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
  let checkedEnd = false;
  return {
    record: (gap) =>
      serial(async () => {
        // A line cut by a crash would swallow the next record: the first append of a process starts a fresh line.
        let lead = "";
        if (!checkedEnd) {
          checkedEnd = true;
          const raw = await readFile(path, "utf8").catch(() => "");
          if (raw.length > 0 && !raw.endsWith("\n")) lead = "\n";
        }
        await appendFile(path, `${lead}${JSON.stringify(gap)}\n`, "utf8");
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

/** Temp files of writes a crash interrupted: older than this, no writer will rename them any more. */
const STALE_TMP_MS = 60_000;

async function sweepTempFiles(dir: string): Promise<number> {
  let removed = 0;
  const walk = async (folder: string, depth: number): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const path = join(folder, e.name);
      if (e.isDirectory() && depth < 3) await walk(path, depth + 1);
      else if (e.isFile() && e.name.endsWith(".tmp")) {
        const info = await stat(path).catch(() => undefined);
        if (info && Date.now() - info.mtimeMs > STALE_TMP_MS) {
          await rm(path, { force: true });
          removed++;
        }
      }
    }
  };
  await walk(dir, 0);
  return removed;
}

export interface FileStorageOptions {
  /** An idle guided flow's state is swept away after this, so an abandoned flow leaves nothing behind. */
  conversationTtlMs: number;
  /** The newest unanswered questions kept. */
  maxGaps: number;
  onDamaged: OnDamaged;
}

export function fileStorage(dir: string, options: Partial<FileStorageOptions> = {}): BotStorage {
  mkdirSync(dir, { recursive: true });
  const { onDamaged } = options;
  void sweepTempFiles(dir);
  const conversations = new JsonFileAdapter<unknown>(join(dir, "conversations"), onDamaged);
  const lastAnswers = new JsonFileAdapter<LastAnswer>(join(dir, "last-answers"), onDamaged);
  const ttl = options.conversationTtlMs;
  const sweep = () =>
    Promise.all([
      ttl ? conversations.sweep(ttl).catch(() => 0) : 0,
      lastAnswers.sweep(LAST_ANSWER_TTL_MS).catch(() => 0),
    ]);
  void sweep();
  const timer = setInterval(sweep, Math.max(Math.min(ttl ?? LAST_ANSWER_TTL_MS, LAST_ANSWER_TTL_MS) / 4, 1000)).unref();
  return {
    kind: "file",
    session: new JsonFileAdapter<SessionData>(join(dir, "sessions"), onDamaged),
    conversations,
    lastAnswers,
    counters: fileCounters(join(dir, "counters.json"), onDamaged),
    gaps: fileGaps(join(dir, "gaps.jsonl"), options.maxGaps ?? MAX_GAPS),
    close: async () => clearInterval(timer),
  };
}
