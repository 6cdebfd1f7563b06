import type { ChildProcess } from "node:child_process";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { E2E_TOKEN, nextMessages, startBot, startEmulator, stopBot } from "./bot-process.js";

describe("metrics of the bot process in polling mode", () => {
  let server: TelegramServer;
  let bot: ChildProcess;
  const port = 40000 + Math.floor(Math.random() * 20000);

  beforeAll(async () => {
    server = await startEmulator();
    bot = startBot(server, { METRICS: "on", METRICS_PORT: String(port), HOST: "127.0.0.1" });
  });

  afterAll(async () => {
    if (bot) await stopBot(bot);
    await server?.stop();
  });

  it("serves GET /metrics on METRICS_PORT with the updates and the Bot API calls it made", async () => {
    const client = server.getClient(E2E_TOKEN, { userId: 601, chatId: 601, firstName: "Dana" });
    await client.sendMessage(client.makeMessage("when is the election"));
    await nextMessages(server, 601, 1, 90_000);
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(text).toMatch(/^saylau_updates_total\{type="message"\} 1$/m);
    expect(text).toMatch(/^saylau_telegram_api_calls_total\{method="sendMessage",result="ok"\} [1-9]/m);
    expect(text).toMatch(/^saylau_questions_total\{lang="en",outcome="answered"\} 1$/m);
  }, 120_000);
});
