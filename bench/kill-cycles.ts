// The embedded file storage under crashes: the built bot (dist/src/main.js) in webhook mode on DATA_DIR, killed with
// SIGKILL at a random moment while 👍 votes and questions are posted to it, CYCLES times, then started and stopped
// once cleanly. Prints one JSON line: votes acknowledged (HTTP 200) and counted, temp and corrupt files left, and
// the bot's error lines. Every acknowledged vote must be counted, and nothing may be left behind.
//   npm run build && node dist/bench/kill-cycles.js        (KILL_CYCLES, default 40)
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { Update } from "grammy/types";
import { callbackUpdate, textUpdate } from "../src/local/updates.js";

const CYCLES = Number(process.env.KILL_CYCLES ?? 40);
const PORT = Number(process.env.KILL_PORT ?? 18840);
const SECRET = "kill-cycles-secret-0123456789";
const ENTRY = "polling-hours";
const main = fileURLToPath(new URL("../src/main.js", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "saylau-kill-"));

const api = spawn(process.execPath, [fileURLToPath(new URL("fake-api-server.js", import.meta.url))], {
  stdio: ["ignore", "pipe", "inherit"],
});
const apiLine = await new Promise<string>((resolve) =>
  createInterface({ input: api.stdout! }).once("line", (line) => resolve(line)),
);
const apiPort = (JSON.parse(apiLine) as { port: number }).port;
const errors: string[] = [];

function start(): ChildProcess {
  // The embedded storage, whatever the shell has in REDIS_URL.
  const { REDIS_URL: _redis, ...inherited } = process.env;
  const bot = spawn(process.execPath, [main], {
    env: {
      ...inherited,
      BOT_TOKEN: "1:kill",
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://kill.example/tg",
      WEBHOOK_SECRET: SECRET,
      HOST: "127.0.0.1",
      PORT: String(PORT),
      TELEGRAM_API_ROOT: `http://127.0.0.1:${apiPort}`,
      DATA_DIR: dataDir,
      LOG_LEVEL: "error",
      NOTICES: "off",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  bot.stderr!.on("data", (d: Buffer) => errors.push(String(d)));
  return bot;
}

async function ready(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`http://127.0.0.1:${PORT}/readyz`, { signal: AbortSignal.timeout(1000) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the bot did not become ready within 10 s");
}

const post = (update: Update) =>
  fetch(`http://127.0.0.1:${PORT}/tg`, {
    method: "POST",
    body: JSON.stringify(update),
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    signal: AbortSignal.timeout(5000),
  })
    .then((r) => r.status)
    .catch(() => 0);

let acknowledged = 0;
let userId = 1_000;
for (let cycle = 0; cycle < CYCLES; cycle++) {
  const bot = start();
  await ready();
  const until = Date.now() + 150 + Math.random() * 400;
  while (Date.now() < until) {
    const user = { id: ++userId, first_name: "K", language_code: "en" };
    const [vote] = await Promise.all([
      post(callbackUpdate(`f:${ENTRY}:up`, 1, user)),
      post(textUpdate("when do polling stations open", user)),
    ]);
    if (vote === 200) acknowledged++;
  }
  bot.kill("SIGKILL");
  await new Promise((r) => bot.once("exit", r));
}
const last = start();
await ready();
last.kill("SIGTERM");
await new Promise((r) => last.once("exit", r));
api.kill();

const files: string[] = [];
(function walk(dir: string) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
})(dataDir);
const countersFile = files.find((f) => f.endsWith("counters.json"));
const counters = countersFile ? (JSON.parse(readFileSync(countersFile, "utf8")) as Record<string, number>) : {};
console.log(
  JSON.stringify({
    cycles: CYCLES,
    votesAcknowledged: acknowledged,
    votesCounted: counters[`feedback:${ENTRY}:up`] ?? 0,
    tempFiles: files.filter((f) => f.endsWith(".tmp")).length,
    corruptFiles: files.filter((f) => f.includes(".corrupt-")).length,
    errorLines: errors.join("").split("\n").filter(Boolean).slice(0, 5),
  }),
);
rmSync(dataDir, { recursive: true, force: true });
