// Child process: the system as deployed. Two built bot processes (dist/src/main.js) in webhook mode on one real Redis,
// a Bot API over HTTP in a process of its own (bench/fake-api-server.ts), and this process as the load generator:
// signed updates from unique users, spread over both instances at a fixed rate for a fixed time (open loop, so a slow
// bot shows as latency, not as a lower offered rate). Prints one JSON line: the rate achieved, webhook-to-reply
// latency, lost and duplicated replies, Redis commands per update and each instance's peak RSS.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { Update } from "grammy/types";
import { Redis } from "ioredis";
import { loadKnowledge } from "../src/knowledge/load.js";
import { privateUpdate } from "./traffic.js";

const RATE = Number(process.env.BENCH_RATE ?? 350);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const SECRET = "bench-secret-0123456789";
const PREFIX = `bench${process.pid}:`;
const NODE_FLAGS = ["--max-old-space-size=128", "--max-semi-space-size=8"];
const now = () => performance.timeOrigin + performance.now();

function spawnLines(file: string, env: NodeJS.ProcessEnv = {}) {
  const proc = spawn(process.execPath, [...NODE_FLAGS, file], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
  });
  const lines: string[] = [];
  const waiters: ((l: string) => void)[] = [];
  createInterface({ input: proc.stdout! }).on("line", (l) => {
    lines.push(l);
    for (const w of waiters.splice(0)) w(l);
  });
  const nextLine = () => new Promise<string>((resolve) => waiters.push(resolve));
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  return { proc, lines, nextLine, exited };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function until(ok: () => Promise<boolean>, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ok().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bench/system: ${what} not ready after ${ms / 1000} s`);
}

const peakRssMB = (pid: number) => {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : Number.NaN;
};

const kb = loadKnowledge();
const questions = kb.entries.flatMap((e) => [e.questions.kk[1], e.questions.ru[1], e.questions.en[1]]).filter(Boolean);
/** 80% questions, 10% a guided flow started, 10% a menu button; every update from a user of its own. */
function update(i: number, users = 10_000_000): Update {
  const uid = users + i;
  if (i % 10 === 9) return privateUpdate(i, uid, { button: "m:main" });
  return privateUpdate(i, uid, { text: i % 10 === 8 ? "/eligibility" : questions[(i * 7) % questions.length]! });
}

const api = spawnLines(fileURLToPath(new URL("fake-api-server.js", import.meta.url)));
const apiPort = (JSON.parse(await api.nextLine()) as { port: number }).port;
const dataDir = mkdtempSync(join(tmpdir(), "saylau-bench-"));
// BENCH_BOT=echo runs the ceiling (bench/echo-webhook.ts) in place of the bot, with the same environment.
const main = fileURLToPath(
  new URL(process.env.BENCH_BOT === "echo" ? "echo-webhook.js" : "../src/main.js", import.meta.url),
);
const ports = [await freePort(), await freePort()];
const instances = ports.map((port) =>
  spawnLines(main, {
    BOT_TOKEN: "1:bench",
    BOT_MODE: "webhook",
    WEBHOOK_URL: "https://bench.example/tg",
    WEBHOOK_SECRET: SECRET,
    HOST: "127.0.0.1",
    PORT: String(port),
    REDIS_URL,
    REDIS_PREFIX: PREFIX,
    TELEGRAM_API_ROOT: `http://127.0.0.1:${apiPort}`,
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    NOTICES: "off",
  }),
);
for (const port of ports)
  await until(async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok, `instance on port ${port}`);

const redis = new Redis(REDIS_URL);
const commands = async () => Number(/total_commands_processed:(\d+)/.exec(await redis.info("stats"))?.[1] ?? 0);

const sentAt = new Map<number, number>();
let failed = 0;
let refused = 0;
const failures = new Map<string, number>();
/**
 * As Telegram does: an update whose delivery failed (refused with 503 by an instance over capacity, or a connection
 * reset by a saturated one) is delivered again a little later, with a growing pause.
 */
async function deliver(port: number, body: string): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const r = await fetch(`http://127.0.0.1:${port}/tg`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    }).catch((err: Error) => {
      const why = String((err.cause as Error | undefined)?.message ?? err.message);
      failures.set(why, (failures.get(why) ?? 0) + 1);
      return undefined;
    });
    await r?.arrayBuffer();
    if (r?.ok) return;
    if (r && r.status !== 503) break;
    refused++;
    await new Promise((resolve) => setTimeout(resolve, 1000 + 500 * attempt));
  }
  failed++;
}
// Instances in a deployment are warm before traffic reaches them: 5 s at a seventh of the rate, from other users,
// neither timed nor counted. (From a cold start into the full rate, the first seconds' replies come late.)
const WARM_UP = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const warming: Promise<void>[] = [];
for (let i = 0; i < (WARM_UP * RATE) / 7; i++) {
  warming.push(deliver(ports[i % 2]!, JSON.stringify({ ...update(i, 20_000_000), update_id: 50_000_000 + i })));
  await new Promise((r) => setTimeout(r, 7000 / RATE));
}
await Promise.all(warming);
failed = 0;
refused = 0;
failures.clear();
const commandsBefore = await commands();
const inFlight = new Set<Promise<void>>();
const total = RATE * SECONDS;
const started = now();
for (let i = 0; i < total; i++) {
  const due = started + (i / RATE) * 1000;
  const wait = due - now();
  if (wait > 1) await new Promise((r) => setTimeout(r, wait));
  const u = update(i);
  sentAt.set(10_000_000 + i, now());
  const p = deliver(ports[i % 2]!, JSON.stringify(u)).finally(() => inFlight.delete(p));
  inFlight.add(p);
}
const offeredSeconds = (now() - started) / 1000;
await Promise.race([Promise.all(inFlight), new Promise((r) => setTimeout(r, 60_000))]);
await new Promise((r) => setTimeout(r, 500));
const commandsAfter = await commands();

const rss = instances.map((x) => peakRssMB(x.proc.pid!));
for (const x of instances) x.proc.kill("SIGTERM");
await Promise.all(instances.map((x) => x.exited));
const done = api.nextLine();
api.proc.kill("SIGTERM");
const record = JSON.parse(await done) as { calls: number; duplicates: number; first: [number, number][] };
const firstReply = new Map(record.first);
const latencies: number[] = [];
const byKind: Record<string, number[]> = { question: [], flow: [], button: [] };
const warm: number[] = [];
let lost = 0;
for (const [chat, at] of sentAt) {
  const replied = firstReply.get(chat);
  if (replied === undefined) lost++;
  else {
    const i = chat - 10_000_000;
    latencies.push(replied - at);
    byKind[i % 10 === 9 ? "button" : i % 10 === 8 ? "flow" : "question"]!.push(replied - at);
    // After the first 5 s: what a bot that has been running a while gives (the JIT warm, every connection open).
    if (at - started >= 5000) warm.push(replied - at);
  }
}
const percentile = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const pct = (p: number) => percentile(latencies, p);
const keys = await redis.keys(`${PREFIX}*`);
if (keys.length) await redis.del(...keys);
redis.disconnect();
rmSync(dataDir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({
    rate: RATE,
    seconds: SECONDS,
    updates: total,
    offeredPerSecond: total / offeredSeconds,
    p50Ms: pct(50),
    p99Ms: pct(99),
    p99WarmMs: percentile(warm, 99),
    p99ByKindMs: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, percentile(v, 99)])),
    lost,
    duplicated: record.duplicates,
    webhookFailures: failed,
    redelivered: refused,
    failures: Object.fromEntries(failures),
    redisPerUpdate: (commandsAfter - commandsBefore) / total,
    peakRssMB: rss,
  })}\n`,
);
