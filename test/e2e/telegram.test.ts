import type { ChildProcess } from "node:child_process";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { E2E_TOKEN, nextMessages, startBot, startEmulator, stopBot } from "./bot-process.js";

describe("the bot process against a Bot API emulator", () => {
  let server: TelegramServer;
  let bot: ChildProcess;

  beforeAll(async () => {
    server = await startEmulator();
    bot = startBot(server);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("greets, answers a question with its source, and follows a button", async () => {
    const client = server.getClient(E2E_TOKEN, { userId: 501, chatId: 501, firstName: "Aigerim" });

    await client.sendCommand(client.makeCommand("/start"));
    // The first reply also waits for the process to start up.
    const [greeting] = await nextMessages(server, 501, 1, 90_000);
    expect(greeting?.text).toMatch(/Hello, Aigerim/);
    expect(greeting?.buttons.map((b) => b.callback_data)).toContain("m:language");

    const language = greeting!.buttons.find((b) => b.callback_data === "m:language")!;
    await client.sendCallback(
      client.makeCallbackQuery(language.callback_data!, { message: { message_id: greeting!.messageId } }),
    );
    const [chooser] = await nextMessages(server, 501);
    const russian = chooser!.buttons.find((b) => b.callback_data === "l:ru")!;
    await client.sendCallback(
      client.makeCallbackQuery(russian.callback_data!, { message: { message_id: chooser!.messageId } }),
    );
    const [changed] = await nextMessages(server, 501);
    expect(changed?.text).toMatch(/на русском/);

    await client.sendMessage(client.makeMessage("Во сколько открываются избирательные участки?"));
    const [answer] = await nextMessages(server, 501);
    expect(answer?.text).toMatch(/07:00/);
    expect(answer?.text).toMatch(/href="https?:\/\//);
  }, 180_000);

  it("survives the emulator's failing setMyCommands, never logs the token, and exits cleanly", async () => {
    const log = (bot as ChildProcess & { log: () => string }).log();
    expect(await stopBot(bot)).toBe(0);
    // The emulator answers setMyCommands with 500: the bot says so once and carries on.
    expect(log).toMatch(/setMyCommands failed; continuing/);
    expect(log).not.toContain(E2E_TOKEN.split(":")[1]);
  });
});
