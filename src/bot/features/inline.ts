import { Composer, InlineKeyboard, InlineQueryResultBuilder } from "grammy";
import type { InlineQueryResult } from "grammy/types";
import type { KnowledgeBase } from "../../knowledge/load.js";
import type { Entry, Lang } from "../../knowledge/schema.js";
import { INLINE_RESULT_ID_MAX_BYTES } from "../../telegram-limits.js";
import { renderAnswerText } from "../answer.js";
import { matchingEntries } from "../answer-question.js";
import type { BotContext } from "../context.js";
import { answerPayload, startLink } from "../links.js";

/** Shown for an empty inline query: the questions voters ask most, in this order; ids missing from the knowledge base are skipped. */
export const POPULAR_ENTRY_IDS = [
  "find-polling-station",
  "who-can-vote",
  "voter-documents",
  "polling-hours",
  "voting-away-from-home",
  "kurultai-election",
  "election-date",
] as const;

export const MAX_INLINE_RESULTS = 8;
const POPULAR_COUNT = 5;
const SNIPPET = 120;

export function popularEntries(kb: KnowledgeBase): Entry[] {
  const chosen = POPULAR_ENTRY_IDS.map((id) => kb.byId.get(id)).filter((e): e is Entry => e !== undefined);
  for (const e of kb.entries) if (chosen.length < POPULAR_COUNT && !chosen.includes(e)) chosen.push(e);
  return chosen.slice(0, POPULAR_COUNT);
}

function snippet(text: string): string {
  if (text.length <= SNIPPET) return text;
  const cut = text.slice(0, SNIPPET);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 60 ? cut.lastIndexOf(" ") : SNIPPET).trimEnd()}…`;
}

function search(ctx: BotContext, query: string): { entries: Entry[]; lang: Lang } {
  if (!query) return { entries: popularEntries(ctx.deps.kb), lang: ctx.lang };
  return matchingEntries(ctx.deps, query, ctx.lang, MAX_INLINE_RESULTS);
}

/** Entry ids are ASCII, so characters are bytes; an id over the limit is cut, never sent too long. */
function resultId(lang: Lang, entryId: string): string {
  return `${lang}:${entryId}`.slice(0, INLINE_RESULT_ID_MAX_BYTES);
}

function article(ctx: BotContext, entry: Entry, lang: Lang): InlineQueryResult {
  const t = ctx.tIn(lang);
  const payload = answerPayload(entry.id);
  const keyboard = new InlineKeyboard().url(t("inline.openBot"), startLink(ctx.me.username, payload ?? ""));
  return InlineQueryResultBuilder.article(resultId(lang, entry.id), entry.title[lang], {
    description: snippet(entry.answer[lang]),
    reply_markup: keyboard,
  }).text(renderAnswerText(entry, lang, t), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
}

export const inlineFeature = new Composer<BotContext>();

inlineFeature.on("inline_query", async (ctx) => {
  const { entries, lang } = search(ctx, ctx.inlineQuery.query.trim());
  await ctx.answerInlineQuery(
    entries.map((e) => article(ctx, e, lang)),
    { cache_time: 300, is_personal: true, button: { text: ctx.tIn(lang)("inline.ask"), start_parameter: "inline" } },
  );
});
