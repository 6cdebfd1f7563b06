import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { E2E_TOKEN, startBot, startEmulator, stopBot } from "../e2e/bot-process.js";
import { en, kill, logOf, nextMessage, waitForLog } from "./bot-process.js";

const SECRET = "webhook-mode-secret-0123456789";

describe("the bot process in webhook mode", () => {
  let server: TelegramServer;
  let bot: ChildProcess;
  const port = 30000 + Math.floor(Math.random() * 20000);
  const url = `http://127.0.0.1:${port}`;

  beforeAll(async () => {
    server = await startEmulator();
    bot = startBot(server, {
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.invalid/telegram",
      WEBHOOK_SECRET: SECRET,
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "info",
      DATA_DIR: mkdtempSync(join(tmpdir(), "saylau-webhook-")),
    });
    await waitForLog(bot, /"bot started"/);
  }, 90_000);

  afterAll(async () => {
    await kill(bot);
    await server?.stop();
  });

  it("registers its webhook with the secret, serves /healthz, answers a signed update, refuses an unsigned one", async () => {
    expect(logOf(bot)).toMatch(/"mode":"webhook"/);
    const webhooks = (server as unknown as { webhooks: Record<string, { url: string; secret_token?: string }> })
      .webhooks;
    expect(webhooks[E2E_TOKEN]).toMatchObject({ url: "https://bot.example.invalid/telegram", secret_token: SECRET });
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true });

    const client = server.getClient(E2E_TOKEN, { userId: 777, chatId: 777, firstName: "Web" });
    const update = {
      update_id: 1,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: 777, type: "private", first_name: "Web" },
        from: { id: 777, is_bot: false, first_name: "Web", language_code: "en" },
        text: "/help",
        entities: [{ type: "bot_command", offset: 0, length: 5 }],
      },
    };
    const post = (headers: Record<string, string>, body = JSON.stringify(update)) =>
      fetch(`${url}/telegram`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    expect((await post({})).status).toBe(401);
    expect((await post({ "x-telegram-bot-api-secret-token": SECRET }, "{oops")).status).toBe(400);
    expect((await post({ "x-telegram-bot-api-secret-token": SECRET })).status).toBe(200);
    const reply = await nextMessage(client);
    expect(reply.text).toContain(en("help.text").slice(0, 20));
    expect(reply.text.match(/What I can do/g)).toHaveLength(1);
  }, 90_000);

  it("stops on SIGTERM with exit code 0 and no token in its log", async () => {
    expect(await stopBot(bot)).toBe(0);
    expect(logOf(bot)).toMatch(/"stopped"/);
    expect(logOf(bot)).not.toContain(E2E_TOKEN.split(":")[1]);
    expect(logOf(bot)).not.toContain(SECRET);
  });
});
