import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { type Clock, kazakhstanYear } from "../clock.js";
import type { KnowledgeBase } from "../knowledge/load.js";
import { type Entry, LANGS, type Lang } from "../knowledge/schema.js";
import { statedAge } from "../rules/age.js";
import { withRelativeYears } from "../search/analysis/relative-years.js";
import { SEARCH_DEFAULTS } from "../search/defaults.js";
import { questionFocus, questionsOf } from "../search/focus.js";
import { decideInContext, leansOnContext, type SearchContext } from "../search/follow-up.js";
import type { Searcher } from "../search/types.js";
import { MESSAGE_TEXT_MAX } from "../telegram-limits.js";
import { suggestionKeyboard } from "./answer.js";
import { renderAnswerToday, successorOf } from "./answer-today.js";
import { callbackData, callbackPattern, withLanguageTag } from "./callback-data.js";
import type { BotContext } from "./context.js";
import { labelKey, mainMenu } from "./keyboards.js";
import { type SmallTalkReading, smallTalkLead } from "./small-talk.js";

// The one home for answering a question, whichever way it was asked: in a private chat (features/question.ts), by
// a mention in a group (middlewares/group-filter.ts), during a guided flow (conversations/flow-io.ts) or inline
// (features/inline.ts). Each entry point decides once and replies in the language chosen here.

/** Matched as written up to this length; a longer message is matched on the sentences that ask (questionFocus). */
export const MAX_QUESTION_LENGTH = 400;

export type QuestionDecision =
  | { kind: "tooLong"; lang: Lang }
  /** `also`: the entry another question of the same message is answered by surely, offered with a button. */
  | { kind: "answer"; lang: Lang; entry: Entry; score: number; also?: Entry }
  | { kind: "none"; lang: Lang; suggestions: string[]; offTopic: boolean; broad: boolean };

type Knowledge = { kb: KnowledgeBase; searcher: Searcher; now: Clock };

// Pasted or typed markup ("<b>сайлау кашан</b>") is read for its words; the tags would only be noise to the matcher.
const TAG = /<\/?[a-z][^<>]*>/gi;
export const withoutMarkup = (text: string) => text.replace(TAG, " ").replace(/\s+/g, " ").trim();

/**
 * A message that is a topic's name ("Голосование", "дауыс беру", "Parties") asks for the topic, not one of its
 * entries: "голосование" was answered with home voting, whose title holds the word.
 */
function categoryNamed(kb: KnowledgeBase, text: string): { id: string; lang: Lang } | undefined {
  const key = labelKey(text);
  for (const category of kb.categories)
    for (const lang of LANGS) if (labelKey(category.title[lang]) === key) return { id: category.id, lang };
  return undefined;
}

/**
 * What the bot makes of a question. An answer, a did-you-mean or an "I only answer election questions" comes in the
 * question's language; a plain "I don't know" in the user's own, since a question the bot could not read says little
 * about its language ("asdkjh qwe zzz" reads as Kazakh in Latin letters).
 */
export function decideQuestion(
  { kb, searcher, now }: Knowledge,
  query: string,
  userLang: Lang,
  context?: SearchContext,
): QuestionDecision {
  if (query.length > MESSAGE_TEXT_MAX) return { kind: "tooLong", lang: userLang };
  // "The referendum this year" is read as the year of the bot's clock: entries are known by the years they name.
  const text = withRelativeYears(questionFocus(withoutMarkup(query), MAX_QUESTION_LENGTH), kazakhstanYear(now()));
  const topic = categoryNamed(kb, text);
  if (topic) {
    // Its entries that the words reach best, as a broad word's are offered.
    const suggestions = searcher
      .rank(text, kb.entries.length)
      .filter((hit) => kb.byId.get(hit.id)?.category === topic.id)
      .slice(0, SEARCH_DEFAULTS.maxSuggestions)
      .map((hit) => hit.id);
    return { kind: "none", lang: topic.lang, suggestions, offTopic: false, broad: true };
  }
  const { decision } = decideInContext(searcher, text, context);
  const lang = decision.queryLang ?? userLang;
  if (decision.kind === "answer") {
    const entry = kb.byId.get(decision.hit.id);
    if (!entry) return { kind: "none", lang: userLang, suggestions: [], offTopic: false, broad: false };
    const also = alsoAsked({ kb, searcher, now }, query, entry.id);
    return { kind: "answer", lang, entry, score: decision.hit.score, ...(also ? { also } : {}) };
  }
  const suggestions = decision.suggestions.map((s) => s.id);
  const offTopic = decision.kind === "none" && decision.offTopic === true;
  const broad = decision.broad === true;
  // A question recognised as one about something else was read well enough to be answered in its own language, and
  // so is Cyrillic, which is never English ("какой налог платят депутаты" in an English chat gets its "I don't know"
  // in Russian). Latin letters alone say little: "asdkjh qwe" has the "q" of Kazakh typed in Latin.
  const readWell = suggestions.length > 0 || offTopic || broad || /\p{Script=Cyrillic}/u.test(text);
  return { kind: "none", lang: readWell ? lang : userLang, suggestions, offTopic, broad };
}

/**
 * A message of two questions ("Когда выборы? И где мой участок?") is answered on one; the first other question
 * answered surely by another entry is offered with a button, so that it is not silently dropped. Only a sure answer
 * is offered: a guess under an answer reads as part of it.
 */
function alsoAsked({ kb, searcher, now }: Knowledge, query: string, answered: string): Entry | undefined {
  const year = kazakhstanYear(now());
  for (const question of questionsOf(withoutMarkup(query))) {
    const decision = searcher.decide(withRelativeYears(question, year));
    if (decision.kind === "answer" && decision.hit.id !== answered) return kb.byId.get(decision.hit.id);
  }
  return undefined;
}

/**
 * Entries to offer for a question being typed (inline mode): near misses help there, but not when the question reads
 * like one the bot must not answer.
 */
export function matchingEntries(
  deps: Knowledge,
  query: string,
  userLang: Lang,
  limit: number,
): { entries: Entry[]; lang: Lang } {
  const decision = decideQuestion(deps, query, userLang);
  if (decision.kind === "tooLong" || (decision.kind === "none" && decision.offTopic))
    return { entries: [], lang: decision.lang };
  const hits = deps.searcher.rank(query, limit).filter((h) => h.score >= SEARCH_DEFAULTS.suggestAt);
  const entries = hits.map((h) => deps.kb.byId.get(h.id)).filter((e): e is Entry => e !== undefined);
  return { entries, lang: decision.lang };
}

/** Sends one entry's answer in the user's language: a related-question button, a did-you-mean or a deep link. */
export async function replyWithEntry(ctx: BotContext, entry: Entry): Promise<void> {
  const { text, keyboard } = renderAnswerToday(ctx, entry, ctx.lang, ctx.t);
  await ctx.reply(text, { reply_markup: keyboard, link_preview_options: { is_disabled: true } });
}

/**
 * The buttons of a reply in another language than the chat's go on in that language when pressed. A 👍 or 👎 says
 * nothing of the language the user wants: it carries no tag, so it neither switches the chat nor stays pressable.
 */
function inLanguage(markup: InlineKeyboardMarkup, lang: Lang, ctx: BotContext): InlineKeyboardMarkup {
  if (lang === ctx.lang) return markup;
  const untagged = [callbackPattern.language, callbackPattern.feedback];
  const tag = (button: InlineKeyboardButton): InlineKeyboardButton =>
    "callback_data" in button && !untagged.some((re) => re.test(button.callback_data))
      ? { ...button, callback_data: withLanguageTag(button.callback_data, lang) }
      : button;
  return { inline_keyboard: markup.inline_keyboard.map((row) => row.map(tag)) };
}

async function reply(ctx: BotContext, query: string, decision: QuestionDecision): Promise<void> {
  const { deps } = ctx;
  if (decision.kind === "tooLong") {
    await ctx.reply(ctx.t("input.tooLong"));
    return;
  }
  const { lang } = decision;
  const t = ctx.tIn(lang);
  if (decision.kind === "answer") {
    const { entry } = decision;
    const rendered = renderAnswerToday(ctx, entry, lang, t);
    let { text, keyboard } = rendered;
    // "Мне 24 года, могу ли я баллотироваться в Курултай?": first whether the age stated reaches the answer's minimum.
    const min = entry.minAge;
    const age = min === undefined ? undefined : statedAge(query);
    if (age !== undefined && min !== undefined) {
      const line = `<i>${t(age < min ? "answer.ageBelow" : "answer.ageEnough", { age, min })}</i>\n\n`;
      if (text.length + line.length <= MESSAGE_TEXT_MAX) text = line + text;
    }
    if (decision.also) {
      const note = `\n\n<i>${t("answer.alsoAsked")}</i>`;
      if (text.length + note.length <= MESSAGE_TEXT_MAX) text += note;
      // First, where the note points: the other question's answer, before this answer's own buttons.
      const other = InlineKeyboard.text(`➕ ${decision.also.title[lang]}`, callbackData.answer(decision.also.id));
      keyboard = new InlineKeyboard([[other], ...keyboard.inline_keyboard]);
    }
    if (lang !== ctx.lang) keyboard.text(t("answer.switch"), callbackData.language(lang));
    deps.onDecision?.({ query, lang, id: entry.id, score: decision.score, suggestions: [] });
    await ctx.reply(text, {
      reply_markup: inLanguage(keyboard, lang, ctx),
      link_preview_options: { is_disabled: true },
    });
    return;
  }
  const { suggestions } = decision;
  // Small talk that goes on in words the bot cannot answer ("спасибо большое, очень выручили с ответом", "привет, как
  // прошёл твой день") is small talk: "no reliable answer" or a did-you-mean would answer a question nobody asked.
  const talk = decision.broad ? undefined : smallTalkLead(query);
  if (talk) return replySmallTalk(ctx, talk);
  deps.onDecision?.({ query, lang, id: null, score: null, suggestions });
  // A broad word ("vote", "как проголосовать") gets a choice of its entries, the two guided flows (which ask what
  // the word leaves open) and the topics; every fallback has buttons. A word too common to weigh anything
  // ("сайлау") gets the main menu: the topics, the flows and the calendar.
  if (decision.broad) {
    const keyboard =
      suggestions.length > 0
        ? suggestionKeyboard(suggestions, lang, deps.kb)
            .text(t("menu.voting"), callbackData.menu("voting"))
            .text(t("menu.eligibility"), callbackData.menu("eligibility"))
            .row()
            .text(t("menu.topics"), callbackData.menu("topics"))
        : mainMenu(t);
    await ctx.reply(t("fallback.broad"), { reply_markup: inLanguage(keyboard, lang, ctx) });
    return;
  }
  // The choices' question stands last, right above the choices; the official source comes with the doubt.
  const text =
    suggestions.length > 0
      ? `${t("fallback.unsure")} ${t("fallback.official")}\n\n${t("fallback.suggest")}`
      : `${t("fallback.none")}\n\n${t("fallback.official")}`;
  await ctx.reply(text, {
    reply_markup: inLanguage(
      suggestionKeyboard(suggestions, lang, deps.kb).text(t("menu.topics"), callbackData.menu("topics")),
      lang,
      ctx,
    ),
    link_preview_options: { is_disabled: true },
  });
}

/** A short friendly line for small talk; a greeting, who-are-you or complaint also gets the main menu, as /start. */
export async function replySmallTalk(ctx: BotContext, talk: SmallTalkReading): Promise<void> {
  // Answered in the language of the words when they have one ("спасибо" in an English chat gets Russian).
  const t = talk.lang ? ctx.tIn(talk.lang) : ctx.t;
  const menu =
    talk.kind === "greeting" || talk.kind === "howAreYou" || talk.kind === "who" || talk.kind === "complaint";
  await ctx.reply(t(`smallTalk.${talk.kind}`), menu ? { reply_markup: mainMenu(t) } : {});
}

/**
 * Answers a question, or says why not (too long, not known: with suggestions and where to ask officially).
 * With `onlyAnswer`, replies only when there is an answer and says whether it did: a flow asks this way, so that a
 * step's reply which is no question stays the flow's to handle.
 */
export async function answerQuestion(
  ctx: BotContext,
  query: string,
  options: { onlyAnswer?: boolean } = {},
): Promise<boolean> {
  // A flow step's reply is read on its own, "Алматы" there answers the flow; only one that says it leans on the last
  // answer ("мәслихатқа ше?", "and for maslikhats?") is read with it, as outside a flow.
  const context = options.onlyAnswer && !leansOnContext(query) ? undefined : await lastAnswered(ctx);
  const decision = decideQuestion(ctx.deps, query, ctx.lang, context);
  if (options.onlyAnswer && decision.kind !== "answer") return false;
  await reply(ctx, query, decision);
  if (decision.kind === "answer") await rememberAnswered(ctx, decision.entry.id, decision.lang);
  return true;
}

/** Where a user's last answer in a chat is kept: per chat and user, so it never crosses either. */
export const lastAnswerKey = (ctx: BotContext) => (ctx.chat && ctx.from ? `${ctx.chat.id}:${ctx.from.id}` : undefined);

/**
 * The last answered question, for a follow-up ("а для маслихата?"): kept as the entry's id, language and time only,
 * never the user's words; the entry's own first question in that language stands for it. Read for
 * SEARCH_DEFAULTS.followUpMinutes; /start forgets it. A storage that fails here costs the follow-up, not the answer.
 */
async function lastAnswered(ctx: BotContext): Promise<SearchContext | undefined> {
  const key = lastAnswerKey(ctx);
  if (!key) return undefined;
  const { lastAnswers } = ctx.deps.storage;
  const last = await Promise.resolve(lastAnswers.read(key)).catch((error: unknown) => {
    ctx.deps.logger.warn({ error: String(error) }, "last answer not read; the message is read on its own");
    return undefined;
  });
  if (!last || ctx.deps.now().getTime() - last.at >= SEARCH_DEFAULTS.followUpMinutes * 60_000) return undefined;
  const entry = ctx.deps.kb.byId.get(last.id);
  const question = entry?.questions[last.lang][0];
  if (!entry || question === undefined) return undefined;
  const textOf = (id: string) => {
    const other = ctx.deps.kb.byId.get(id);
    return other && `${other.title[last.lang]} ${other.answer[last.lang]}`;
  };
  return {
    question,
    entryId: last.id,
    entryText: textOf(last.id),
    neighbours: neighboursOf(ctx.deps.kb, entry),
    textOf,
    titleOf: (id) => ctx.deps.kb.byId.get(id)?.title[last.lang],
    successor: successorOf(entry, ctx.deps.kb, ctx.deps.now())?.id,
  };
}

/** The entries a curator linked to this one, either way: what a follow-up to its answer most often asks about. */
export function neighboursOf(kb: KnowledgeBase, entry: Entry): string[] {
  const ids = new Set(entry.related);
  for (const other of kb.entries) if (other.related.includes(entry.id)) ids.add(other.id);
  ids.delete(entry.id);
  return [...ids];
}

/** Forgets the last answer: after /start the next message is read on its own. */
export async function forgetAnswered(ctx: BotContext): Promise<void> {
  const key = lastAnswerKey(ctx);
  if (!key) return;
  await Promise.resolve(ctx.deps.storage.lastAnswers.delete(key)).catch((error: unknown) => {
    ctx.deps.logger.warn({ error: String(error) }, "last answer not forgotten; a follow-up may lean on it");
  });
}

async function rememberAnswered(ctx: BotContext, id: string, lang: Lang): Promise<void> {
  const key = lastAnswerKey(ctx);
  if (!key) return;
  const { lastAnswers } = ctx.deps.storage;
  await Promise.resolve(lastAnswers.write(key, { id, lang, at: ctx.deps.now().getTime() })).catch((error: unknown) => {
    ctx.deps.logger.warn({ error: String(error) }, "last answer not kept; a follow-up will be read on its own");
  });
}
