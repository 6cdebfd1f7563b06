// npm run bench: matching latency, whole-bot vs echo-bot throughput, webhook requests/s, the deployed system under
// election-day load (two instances on Redis), peak RSS, start-up time.

import { spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { loadKnowledge } from "../src/knowledge/load.js";
import { trafficFor } from "./traffic.js";

const SECRET = "bench-secret-0123456789";
// The bot processes run compiled (`npm run build`) with the V8 limits `npm start` uses (package.json).
const NODE_FLAGS = ["--max-old-space-size=128", "--max-semi-space-size=8"];
const rows: [string, string, string][] = [];
const row = (what: string, value: string, target = "") => {
  rows.push([what, value, target]);
  console.log(`  ${what}: ${value}${target ? `   (${target})` : ""}`);
};
const mark = (ok: boolean) => (ok ? "✓" : "✗");

function child(
  script: string,
  onLine?: (line: string, proc: ReturnType<typeof spawn>) => void,
  args: string[] = [],
  flags = NODE_FLAGS,
  env: Record<string, string> = {},
): { lines: Promise<string[]>; proc: ReturnType<typeof spawn> } {
  const proc = spawn(process.execPath, [...flags, fileURLToPath(new URL(script, import.meta.url)), ...args], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
  });
  const out: string[] = [];
  const rl = createInterface({ input: proc.stdout! });
  rl.on("line", (l) => {
    out.push(l);
    onLine?.(l, proc);
  });
  const lines = new Promise<string[]>((resolve, reject) =>
    proc.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`bench/${script} exited with ${code}`)))),
  );
  return { lines, proc };
}

function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

async function matching() {
  console.log("matching one question (bench/search.ts, in its own process)");
  // Not a bot process: the 100× knowledge base needs more than the bot's heap limit.
  const [line] = await child("search.js", undefined, ["--json"], []).lines;
  const result = JSON.parse(line!) as Record<"real" | "synthetic", { entries: number; p50Ms: number; p99Ms: number }>;
  for (const [name, r] of Object.entries(result)) {
    const limit = name === "synthetic" ? 20 : 1;
    row(
      `matching p50 / p99, ${name} (${r.entries} entries)`,
      `${formatMs(r.p50Ms)} / ${formatMs(r.p99Ms)} per question`,
      `target p99 < ${limit} ms ${mark(r.p99Ms < limit)}`,
    );
  }
}

async function throughput(): Promise<number> {
  console.log(
    "updates per second with the fake Bot API (bench/load.ts; each process runs the bare echo bot beside its own)",
  );
  const [botLine] = await child("load.js", undefined, ["bot"]).lines;
  const [pluginLine] = await child("load.js", undefined, ["plugins"]).lines;
  const bot = JSON.parse(botLine!) as {
    echo: number;
    bot: number;
    botMenuOnly: number;
    botUncached: number;
    maxRssMB: number;
  };
  const plugins = JSON.parse(pluginLine!) as { echo: number; pluginEcho: number; replay: number };
  const vs = (x: number, echo: number) =>
    `${Math.round(x)} updates/s, ${(x / echo).toFixed(2)} times the bare echo bot's rate`;
  const ratio = bot.bot / bot.echo;
  row(
    "bare grammY echo bot",
    `${Math.round(bot.echo)} updates/s (${Math.round(plugins.echo)} in the plugins' process)`,
  );
  row("whole bot, realistic mix (80% questions)", vs(bot.bot, bot.echo));
  row("whole bot, same mix, every question new (no decision cache)", vs(bot.botUncached, bot.echo));
  row("whole bot, /help only (no question matching)", vs(bot.botMenuOnly, bot.echo));
  row(
    "echo bot with the required plugins (sequentialize, session, conversations, ratelimiter, auto-retry)",
    vs(plugins.pluginEcho, plugins.echo),
  );
  row("the same, sending the whole bot's recorded replies (the ratio's ceiling)", vs(plugins.replay, plugins.echo));
  // The target is against the ceiling: the plugins and the replies any bot saying this much must carry (issue 18).
  const ofCeiling = ratio / (plugins.replay / plugins.echo);
  row(
    "whole bot's rate ÷ bare echo bot's rate",
    `${ratio.toFixed(2)} (the bot handles ${ratio.toFixed(2)} times as many updates per second)`,
  );
  row(
    "whole bot's rate ÷ the ceiling row's rate (each taken against its own process's echo bot)",
    `${ofCeiling.toFixed(2)} (the bot reaches ${ofCeiling.toFixed(2)} times the ceiling)`,
    `target ≥ 0.6 ${mark(ofCeiling >= 0.6)}`,
  );
  return bot.maxRssMB;
}

async function webhook(): Promise<number> {
  console.log("webhook server under loopback load (bench/webhook-server.ts, autocannon, 10 s, 32 connections)");
  let resolvePort!: (p: number) => void;
  const port = new Promise<number>((r) => (resolvePort = r));
  const server = child("webhook-server.js", (line) => {
    const m = JSON.parse(line) as { port?: number };
    if (m.port) resolvePort(m.port);
  });
  const next = trafficFor(loadKnowledge());
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${await port}`,
    connections: 32,
    duration: 10,
    requests: [
      {
        method: "POST",
        path: "/tg",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        setupRequest: (req) => ({ ...req, body: JSON.stringify(next(i++)) }),
      },
    ],
  });
  server.proc.kill("SIGTERM");
  const lines = await server.lines;
  const rss = (JSON.parse(lines.at(-1)!) as { maxRssMB: number }).maxRssMB;
  row(
    "webhook requests/s",
    `${Math.round(result.requests.average)} (latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ${result.non2xx} non-2xx, ${result.errors} errors)`,
  );
  return rss;
}

interface SystemRun {
  offeredPerSecond: number;
  updates: number;
  p50Ms: number;
  p99Ms: number;
  p99WarmMs: number;
  lost: number;
  duplicated: number;
  redelivered: number;
  redisPerUpdate: number;
  peakRssMB: number[];
}

async function systemRun(bot: "bot" | "echo", rate: number, seconds: number): Promise<SystemRun> {
  const env = { BENCH_BOT: bot, BENCH_RATE: String(rate), BENCH_SECONDS: String(seconds) };
  const { lines } = child("system.js", undefined, [], [], env);
  return JSON.parse((await lines).at(-1)!) as SystemRun;
}

const keepsUp = (r: SystemRun, rate: number) =>
  r.offeredPerSecond >= 0.95 * rate && r.p99WarmMs <= 250 && r.lost === 0 && r.duplicated === 0;

/** The highest of the rates (10 s each, ascending) that the system keeps up with, and its run. */
async function capacity(bot: "bot" | "echo", rates: number[]): Promise<{ rate: number; run?: SystemRun }> {
  let best: { rate: number; run?: SystemRun } = { rate: 0 };
  for (const rate of rates) {
    const run = await systemRun(bot, rate, 10);
    console.log(`  ${bot} at ${rate}/s: warm p99 ${Math.round(run.p99WarmMs)} ms, ${run.lost} lost`);
    if (!keepsUp(run, rate)) break;
    best = { rate, run };
  }
  return best;
}

async function system(): Promise<number> {
  console.log(
    "the system as deployed (bench/system.ts): 2 webhook instances on Redis, a Bot API over HTTP, open-loop load",
  );
  const rates = [200, 350, 500, 700, 1000];
  const bot = await capacity("bot", rates);
  const echo = await capacity("echo", rates);
  // The bot's figure is confirmed over 30 s at the rate it kept up with.
  const r = await systemRun("bot", bot.rate || rates[0]!, 30);
  row(
    "system: 2 instances, Redis, Bot API over HTTP (30 s)",
    `${Math.round(r.offeredPerSecond)} updates/s for ${r.updates}; reply p50 ${Math.round(r.p50Ms)} ms, p99 ${Math.round(r.p99WarmMs)} ms after the first 5 s (${Math.round(r.p99Ms)} ms over the whole run); ${r.lost} lost, ${r.duplicated} duplicated, ${r.redelivered} deliveries made again; ${r.redisPerUpdate.toFixed(1)} Redis commands per update`,
    `target ≥ 700/s, warm p99 ≤ 250 ms, 0 lost, 0 duplicated ${mark(keepsUp(r, 700))}`,
  );
  row(
    "system capacity, the bot / the plugin echo bot in the same rig (10 s steps of 200, 350, 500, 700, 1000/s)",
    `${bot.rate} / ${echo.rate >= rates.at(-1)! ? `≥ ${echo.rate}` : echo.rate} updates/s (echo: ${echo.run?.redisPerUpdate.toFixed(1) ?? "-"} Redis commands per update)`,
  );
  return Math.max(...r.peakRssMB);
}

async function startup(): Promise<number> {
  console.log("start-up: process start to a ready bot with the knowledge loaded (bench/startup.ts, median of 5)");
  type Run = { readyMs: number; maxRssMB: number; wallMs: number; phases: Record<string, number> };
  const runs: Run[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    const [line] = await child("startup.js").lines;
    runs.push({ ...(JSON.parse(line!) as Omit<Run, "wallMs">), wallMs: performance.now() - t0 });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ready = median(runs.map((r) => r.readyMs));
  const phases = Object.keys(runs[0]!.phases)
    .map((p) => `${p} ${Math.round(median(runs.map((r) => r.phases[p]!)))}`)
    .join(", ");
  row(
    "start-up to ready (in the child)",
    `${Math.round(ready)} ms (median phases, ms: ${phases})`,
    `target < 1500 ms ${mark(ready < 1500)}`,
  );
  row("start-up, spawn to exit (wall clock)", `${Math.round(median(runs.map((r) => r.wallMs)))} ms`);
  return Math.max(...runs.map((r) => r.maxRssMB));
}

async function broadcast(): Promise<void> {
  console.log(
    "an announcement to 10,000 subscribers while a voter asks every 50 ms (bench/broadcast.ts; fake Bot API, 15 ms a call)",
  );
  type Run = { sent: number; rate: number; replies: number; replyP50Ms: number; replyP99Ms: number };
  const [line] = await child("broadcast.js", undefined, [], []).lines;
  const r = JSON.parse(line!) as { paced: Run; capacity: Run };
  const replies = (x: Run) =>
    `replies p50 ${formatMs(x.replyP50Ms)}, p99 ${formatMs(x.replyP99Ms)} (${x.replies} questions)`;
  row(
    "broadcast at the production pace (20/s), 10 s",
    `${r.paced.rate.toFixed(1)} messages/s; ${replies(r.paced)}`,
    `target ≤ 20/s ${mark(r.paced.rate <= 20.5)}`,
  );
  row(
    "broadcast to 10,000 with the pace lifted (the machinery's own capacity)",
    `${Math.round(r.capacity.rate)} messages/s; ${replies(r.capacity)}`,
  );
}

console.log(
  `npm run bench — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, load average ${loadavg()[0]!.toFixed(1)}, bot processes with ${NODE_FLAGS.join(" ")}\n`,
);
await matching();
const loadRss = await throughput();
const webhookRss = await webhook();
const systemRss = await system();
const startRss = await startup();
await broadcast();
const peak = Math.max(loadRss, webhookRss, systemRss, startRss);
console.log("memory");
row(
  "peak RSS of the bot processes",
  `${Math.round(peak)} MB (load ${Math.round(loadRss)}, webhook ${Math.round(webhookRss)}, system ${Math.round(systemRss)}, start-up ${Math.round(startRss)})`,
  `target < 150 MB ${mark(peak < 150)}`,
);

console.log("\n| measure | result | target |\n| --- | --- | --- |");
for (const [what, value, target] of rows) console.log(`| ${what} | ${value} | ${target} |`);
