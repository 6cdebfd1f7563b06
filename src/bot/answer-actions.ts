import type { InlineKeyboard } from "grammy";
import type { TFunction } from "../i18n.js";
import type { Entry, Lang } from "../knowledge/schema.js";
import { callbackData } from "./callback-data.js";
import { answerPayload, shareLink, startLink } from "./links.js";

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
  const up = callbackData.feedback(entry.id, "up");
  const down = callbackData.feedback(entry.id, "down");
  if (up && down) keyboard.text("👍", up).text("👎", down);
  const share = botUsername ? shareUrl(entry, lang, t, botUsername) : undefined;
  if (share) keyboard.url(t("share.button"), share);
  keyboard.row();
}
