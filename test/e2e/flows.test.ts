import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TelegramClient } from "telegram-test-api/lib/modules/telegramClient.js";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotMessage, E2E_TOKEN, nextMessages, startBot, startEmulator, stopBot } from "./bot-process.js";

const YES_STEPS = new Set(["citizenship", "residence", "age", "partyMembership"]);

function press(client: TelegramClient, message: BotMessage, data: string) {
  expect(message.buttons.map((b) => b.callback_data)).toContain(data);
  return client.sendCallback(client.makeCallbackQuery(data, { message: { message_id: message.messageId } }));
}

/** The yes/no answer a law-abiding citizen gives at a step, read from the step's button data `g:<flow>:<step>:<value>`. */
function answerFor(message: BotMessage): string | undefined {
  const choice = message.buttons.map((b) => b.callback_data ?? "").find((d) => /:(yes|no)$/.test(d));
  if (!choice) return undefined;
  const step = choice.split(":")[2]!;
  return choice.replace(/:(yes|no)$/, YES_STEPS.has(step) ? ":yes" : ":no");
}

// A restart in the middle of a flow is test/main/restart.test.ts; here the flows are walked to their end.
describe("guided flows against a Bot API emulator", () => {
  let server: TelegramServer;
  let bot: ChildProcess;
  const dataDir = mkdtempSync(join(tmpdir(), "saylau-e2e-flows-"));

  beforeAll(async () => {
    server = await startEmulator();
    bot = startBot(server, { DATA_DIR: dataDir });
  });

  afterAll(async () => {
    if (bot) await stopBot(bot);
    await server?.stop();
  });

  it("walks the eligibility flow, reads a typed age after a wrong one, and gives a sourced verdict", async () => {
    const chatId = 601;
    const client = server.getClient(E2E_TOKEN, { userId: chatId, chatId, firstName: "Dana" });
    await client.sendCommand(client.makeCommand("/eligibility"));
    const [office] = await nextMessages(server, chatId, 1, 90_000);
    await press(client, office!, "g:el:office:mazhilisDistrict");
    const [citizenship] = await nextMessages(server, chatId);
    await press(client, citizenship!, answerFor(citizenship!)!);
    const [age] = await nextMessages(server, chatId);
    expect(age?.text).toMatch(/How old are you/);

    await client.sendMessage(client.makeMessage("abc"));
    const [hint] = await nextMessages(server, chatId);
    expect(hint?.text).toMatch(/How old are you/);
    await client.sendMessage(client.makeMessage("31"));

    let message = (await nextMessages(server, chatId))[0]!;
    for (let step = 0; step < 10 && answerFor(message); step++) {
      await press(client, message, answerFor(message)!);
      message = (await nextMessages(server, chatId))[0]!;
    }
    const [nextSteps] = await nextMessages(server, chatId);
    expect(message.text).toMatch(/meet every requirement/);
    expect(message.text).toMatch(/href="https:\/\/adilet\.zan\.kz/);
    expect(nextSteps?.text).toMatch(/1,050,000|1 050 000/);
    expect(nextSteps?.text).toMatch(/guidance/i);
  }, 240_000);

  it("walks the voting guide for a voter abroad", async () => {
    const chatId = 602;
    const client = server.getClient(E2E_TOKEN, { userId: chatId, chatId, firstName: "Nurlan" });
    await client.sendCommand(client.makeCommand("/voting"));
    let message = (await nextMessages(server, chatId, 1, 90_000))[0]!;
    const answers: Record<string, string> = { age: "yes", citizenship: "yes", incapacity: "no", prison: "no" };
    for (let step = 0; step < 6 && answerFor(message); step++) {
      const data = answerFor(message)!;
      const stepName = data.split(":")[2]!;
      await press(client, message, data.replace(/(yes|no)$/, answers[stepName] ?? "no"));
      message = (await nextMessages(server, chatId))[0]!;
    }
    await press(client, message, "g:vo:situation:abroad");
    const [guide] = await nextMessages(server, chatId);
    expect(guide?.text).toMatch(/passport/i);
    expect(guide?.text).toMatch(/77/);
    expect(guide?.buttons.map((b) => b.callback_data)).toEqual(expect.arrayContaining(["g:vo:back", "g:vo:restart"]));
  }, 240_000);
});
