import type { ChildProcess } from "node:child_process";
import type { TelegramClient } from "telegram-test-api/lib/modules/telegramClient.js";
import { createI18n } from "../../src/i18n.js";
import { type BotMessage, fetchBotMessages, toBotMessage } from "../e2e/bot-process.js";

export const en = createI18n()("en");

export function logOf(child: ChildProcess): string {
  return (child as ChildProcess & { log: () => string }).log();
}

export async function waitForLog(child: ChildProcess, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(logOf(child))) {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}: ${logOf(child)}`);
    if (Date.now() > deadline) throw new Error(`no ${pattern} in the bot's log after ${timeoutMs} ms: ${logOf(child)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGKILL");
  return gone;
}

/** Waits for the bot's next messages to this client: texts joined, buttons of the last. */
export async function nextMessage(client: TelegramClient, timeoutMs = 40_000): Promise<BotMessage> {
  // The emulator client's own getUpdates() keeps polling after its timeout and swallows replies; ask directly.
  const { url, botToken, chatId } = client as unknown as { url: string; botToken: string; chatId: number };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const batch = await fetchBotMessages(url, chatId, botToken);
    const last = batch.at(-1);
    if (last) return { ...toBotMessage(last), text: batch.map((m) => m.message.text ?? "").join("\n\n") };
    if (Date.now() > deadline) throw new Error(`no bot message within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function press(client: TelegramClient, message: BotMessage, label: string): Promise<BotMessage> {
  const button = message.buttons.find((b) => b.text === label);
  if (!button?.callback_data)
    throw new Error(`no button "${label}" under: ${message.text}\n${message.buttons.map((b) => b.text).join(" | ")}`);
  await client.sendCallback(
    client.makeCallbackQuery(button.callback_data, { message: { message_id: message.messageId } }),
  );
  return nextMessage(client);
}

export async function say(client: TelegramClient, text: string): Promise<BotMessage> {
  await client.sendMessage(client.makeMessage(text));
  return nextMessage(client);
}

const NO_QUESTIONS = ["criminalRecord", "incapacity", "corruption", "sentence"].map((k) => en(`eligibility.q.${k}`));

/** Answers the eligibility flow's remaining questions as an eligible 40-year-old until the verdict arrives. */
export async function finishEligibility(client: TelegramClient, current: BotMessage): Promise<BotMessage> {
  let message = current;
  for (let step = 0; step < 15; step++) {
    if (message.text.includes(en("eligibility.verdict.eligible").slice(0, 20))) return message;
    if (message.text.includes(en("eligibility.q.age").slice(0, 20))) message = await say(client, "40");
    else if (NO_QUESTIONS.some((q) => message.text.includes(q))) message = await press(client, message, en("flow.no"));
    else message = await press(client, message, en("flow.yes"));
  }
  throw new Error(`the flow did not finish; last message: ${message.text}`);
}
