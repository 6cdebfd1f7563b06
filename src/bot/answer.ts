import { InlineKeyboard } from "grammy";
import { formatAsOf } from "../calendar/format.js";
import { escapeHtml, type TFunction } from "../i18n.js";
import type { KnowledgeBase } from "../knowledge/load.js";
import { type Entry, type Lang, sourceTitle } from "../knowledge/schema.js";
import { sourceHref } from "../knowledge/source-url.js";
import { addAnswerActions } from "./answer-actions.js";
import { callbackData } from "./callback-data.js";

export const MAX_RELATED = 3;

export interface RenderedAnswer {
  text: string;
  keyboard: InlineKeyboard;
}

export function renderAnswerText(entry: Entry, lang: Lang, t: TFunction): string {
  const sources = entry.sources
    .map((s) => `<a href="${escapeHtml(sourceHref(s.url, lang))}">${escapeHtml(sourceTitle(s, lang))}</a>`)
    .join("; ");
  return [
    `<b>${escapeHtml(entry.title[lang])}</b>`,
    escapeHtml(entry.answer[lang]),
    `<i>${t("answer.sources")}:</i> ${sources}\n<i>${t("answer.asOf", { date: formatAsOf(entry.asOf, lang) })}</i>`,
  ].join("\n\n");
}

// An entry renders the same way every time for one language, translator and bot: build it once, hand out copies
// (callers may add a button), since rendering and its translations were most of the cost of answering.
const rendered = new WeakMap<
  Entry,
  Map<string, { t: TFunction; text: string; rows: InlineKeyboard["inline_keyboard"] }>
>();

export function renderAnswer(
  entry: Entry,
  lang: Lang,
  t: TFunction,
  kb: KnowledgeBase,
  botUsername?: string,
): RenderedAnswer {
  const key = `${lang}:${botUsername ?? ""}`;
  let forEntry = rendered.get(entry);
  if (!forEntry) {
    forEntry = new Map();
    rendered.set(entry, forEntry);
  }
  let done = forEntry.get(key);
  if (done?.t !== t) {
    const keyboard = new InlineKeyboard();
    if (entry.flow) keyboard.text(t(`menu.${entry.flow}`), callbackData.menu(entry.flow)).row();
    if (entry.remind) keyboard.text(t("menu.remind"), callbackData.remindOn).row();
    for (const id of entry.related.slice(0, MAX_RELATED)) {
      const related = kb.byId.get(id);
      if (related) keyboard.text(related.title[lang], callbackData.answer(id)).row();
    }
    addAnswerActions(keyboard, entry, lang, t, botUsername);
    done = { t, text: renderAnswerText(entry, lang, t), rows: keyboard.inline_keyboard };
    forEntry.set(key, done);
  }
  return { text: done.text, keyboard: new InlineKeyboard(done.rows.map((row) => [...row])) };
}

export function suggestionKeyboard(ids: readonly string[], lang: Lang, kb: KnowledgeBase): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const id of ids) {
    const entry = kb.byId.get(id);
    if (entry) keyboard.text(entry.title[lang], callbackData.answer(id)).row();
  }
  return keyboard;
}
