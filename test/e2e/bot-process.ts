import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";

export const E2E_TOKEN = "123456:e2e-test-token";

export interface BotMessage {
  text: string;
  messageId: number;
  buttons: { text: string; callback_data?: string }[];
}

export type StoredBotMessage = { messageId: number; message: { text?: string; reply_markup?: unknown } };

export async function startEmulator(): Promise<TelegramServer> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = new TelegramServer({ port, host: "127.0.0.1", storeTimeout: 600 });
  await server.start();
  return server;
}

/** Runs the built bot (`dist/src/main.js`, built by test/global-setup.ts) as a real child process pointed at the emulator. */
export function startBot(server: TelegramServer, env: Record<string, string> = {}): ChildProcess {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), "saylau-e2e-"));
  const child = spawn(process.execPath, ["--enable-source-maps", "dist/src/main.js"], {
    env: {
      PATH: process.env.PATH ?? "",
      BOT_TOKEN: E2E_TOKEN,
      BOT_MODE: "polling",
      TELEGRAM_API_ROOT: server.config.apiURL,
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  (child as ChildProcess & { log: () => string }).log = () => log;
  return child;
}

export async function stopBot(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.kill("SIGTERM");
  return exited;
}

export function toBotMessage(stored: StoredBotMessage): BotMessage {
  const markup = stored.message.reply_markup;
  const parsed = (typeof markup === "string" ? JSON.parse(markup) : markup) as
    | { inline_keyboard?: { text: string; callback_data?: string }[][] }
    | undefined;
  return {
    text: stored.message.text ?? "",
    messageId: stored.messageId,
    buttons: parsed?.inline_keyboard?.flat() ?? [],
  };
}

// The emulator's own client.getUpdates() keeps polling after its timeout fires and then swallows messages,
// so the test asks the emulator's endpoint directly, once per round.
export async function fetchBotMessages(apiURL: string, chatId: number, token = E2E_TOKEN): Promise<StoredBotMessage[]> {
  const res = await fetch(`${apiURL}/getUpdates`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token, chatId }),
  });
  return ((await res.json()) as { result: StoredBotMessage[] }).result;
}

const pending = new Map<string, BotMessage[]>();

/** Waits until the bot has sent `count` more messages to this chat; extra ones wait for the next call. */
export async function nextMessages(
  server: TelegramServer,
  chatId: number,
  count = 1,
  timeoutMs = 30_000,
): Promise<BotMessage[]> {
  const deadline = Date.now() + timeoutMs;
  const key = `${server.config.apiURL}/${chatId}`;
  const got = pending.get(key) ?? [];
  pending.set(key, got);
  while (got.length < count) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${count} bot message(s), got ${got.length}`);
    got.push(...(await fetchBotMessages(server.config.apiURL, chatId)).map(toBotMessage));
    if (got.length < count) await new Promise((r) => setTimeout(r, 100));
  }
  return got.splice(0, count);
}
