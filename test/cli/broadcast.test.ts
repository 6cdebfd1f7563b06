import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileNotifyStore } from "../../src/notify/store.js";

const dir = mkdtempSync(join(tmpdir(), "saylau-broadcast-cli-"));
const file = (name: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};
const good = file(
  "good.yaml",
  'id: hotline-2029\ntext:\n  kk: "ОСК анықтама желісі жұмыс істейді"\n  ru: "Работает справочная линия ЦИК"\n  en: "The CEC hotline is open: https://www.election.gov.kz"\n',
);
const env = (extra: NodeJS.ProcessEnv = {}) => ({
  ...process.env,
  LOG_LEVEL: "silent",
  DATA_DIR: join(dir, "data"),
  REDIS_URL: "",
  BOT_TOKEN: "",
  ...extra,
});
const broadcast = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/broadcast.ts", ...args], {
    encoding: "utf8",
    env: env(extra),
  });

// A Bot API that accepts every message: the CLI's own path from the file to Telegram, in a real process.
const received: { chat_id: number; text: string }[] = [];
let server: Server;
let apiRoot = "";
beforeAll(async () => {
  const store = fileNotifyStore(join(dir, "data"));
  for (let chat = 1; chat <= 30; chat++)
    await store.subscriptions.add(chat, (["kk", "ru", "en"] as const)[chat % 3]!, new Date());
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push(JSON.parse(body));
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          ok: true,
          result: { message_id: received.length, date: 0, chat: { id: 1, type: "private" } },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("npm run broadcast", () => {
  it("refuses an invalid file before anything is sent, naming each problem", () => {
    const bad = file("bad.yaml", 'id: hotline\ntext:\n  kk: "мәтін"\n  en: "see http://election.gov.kz"\n');
    const run = broadcast(["--file", bad, "--dry-run"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("is not a valid announcement (nothing was sent)");
    expect(run.stderr).toContain("text.ru: ");
    expect(run.stderr).toContain('text.en: link "http://election.gov.kz" is not an https://');
  });

  it("shows in a dry run who would get what, without a token and without sending", () => {
    const run = broadcast(["--file", good, "--dry-run", "--lang", "ru"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Dry run of "hotline-2029": 10 subscriber\(s\) \(ru: 10\)/);
    // Ten subscribers take seconds at the broadcast rate, not "about 1 min" (walkthrough 11).
    expect(run.stdout).toMatch(/about \d+ s\./);
    expect(run.stdout).toContain("[ru]\nРаботает справочная линия ЦИК");
    expect(run.stdout).not.toContain("[kk]");
    expect(received).toHaveLength(0);
  });

  it("needs a token to send, and says so in one line", () => {
    const run = broadcast(["--file", good]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/^broadcast: BOT_TOKEN is not set/);
  });

  it("sends to every subscriber with a progress line and a summary, and a second run sends no one a second copy", async () => {
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "src/cli/broadcast.ts", "--file", good], {
        env: env({ BOT_TOKEN: "1:cli-test-token", TELEGRAM_API_ROOT: apiRoot }),
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c) => (stdout += c));
      child.stderr.on("data", (c) => (stderr += c));
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(
      'Broadcast "hotline-2029" done: sent 30, blocked 0 (unsubscribed), failed 0, skipped 0 of 30.',
    );
    expect(run.stderr).toMatch(/\[#{24}\] 100% 30\/30 · [\d.]+\/s/);
    expect(new Set(received.map((r) => r.chat_id)).size).toBe(30);
    expect(received.find((r) => r.chat_id === 3)?.text).toBe("ОСК анықтама желісі жұмыс істейді");

    const again = broadcast(["--file", good], { BOT_TOKEN: "1:cli-test-token", TELEGRAM_API_ROOT: apiRoot });
    expect(again.stdout.trim()).toBe(
      'Broadcast "hotline-2029" done: sent 0, blocked 0 (unsubscribed), failed 0, skipped 30 of 30.',
    );
    expect(received).toHaveLength(30);
  });
});
