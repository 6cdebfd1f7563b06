import type { InlineKeyboard } from "grammy";
import type { Vote } from "../gaps/feedback.js";
import type { TFunction } from "../i18n.js";
import type { Entry, Lang } from "../knowledge/schema.js";
import { answerPayload, shareLink, startLink } from "./links.js";

export type { Vote } from "../gaps/feedback.js";
export const FEEDBACK_DATA = /^f:([a-z0-9-]+):(up|down)$/;
const MAX_CALLBACK_DATA = 64;

export function feedbackData(entryId: string, vote: Vote): string | undefined {
  const data = `f:${entryId}:${vote}`;
  return data.length <= MAX_CALLBACK_DATA ? data : undefined;
}

export function shareUrl(entry: Entry, lang: Lang, t: TFunction, botUsername: string): string | undefined {
  const payload = answerPayload(entry.id);
  if (!payload) return undefined;
  const text = t("share.text", { title: entry.title[lang], interpolation: { escapeValue: false } });
  return shareLink(startLink(botUsername, payload), text);
}

/** The 👍/👎 row with a Share button, so an answer can be rated and passed on. */
export function addAnswerActions(
  keyboard: InlineKeyboard,
  entry: Entry,
  lang: Lang,
  t: TFunction,
  botUsername?: string,
): void {
  const up = feedbackData(entry.id, "up");
  const down = feedbackData(entry.id, "down");
  if (up && down) keyboard.text("👍", up).text("👎", down);
  const share = botUsername ? shareUrl(entry, lang, t, botUsername) : undefined;
  if (share) keyboard.url(t("share.button"), share);
  keyboard.row();
}
