import type { LocalChat, Reply } from "../../../src/local/local-chat.js";
import { callbackUpdate } from "../../../src/local/updates.js";

/** Presses a button by its callback data, as Telegram would send it (also forged data). */
export function pressData(chat: LocalChat, data: string): Promise<Reply[]> {
  const shown = chat.lastButtons.find((b) => b.data === data);
  return chat.dispatch(callbackUpdate(data, shown?.messageId ?? 1, chat.user));
}

/** Presses the button of the last keyboard whose callback data ends with the given suffix. */
export function pressEnding(chat: LocalChat, suffix: string): Promise<Reply[]> {
  const button = chat.lastButtons.find((b) => b.data?.endsWith(suffix));
  if (!button) throw new Error(`no button ending with ${suffix}: ${chat.lastButtons.map((b) => b.data).join(", ")}`);
  return chat.press(button);
}

export const texts = (replies: Reply[]) => replies.map((r) => r.text).join("\n---\n");
export const last = (replies: Reply[]) => replies.at(-1)?.text ?? "";

export function callbackAnswers(chat: LocalChat): (string | undefined)[] {
  return chat.lastCalls
    .filter((c) => c.method === "answerCallbackQuery")
    .map((c) => c.payload.text as string | undefined);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
