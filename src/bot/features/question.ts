import { Composer } from "grammy";
import type { Entry } from "../../knowledge/schema.js";
import { renderAnswer, suggestionKeyboard } from "../answer.js";
import type { BotContext } from "../context.js";
import { isBareYesNo } from "../conversations/flow-io.js";
import { callbackData } from "../keyboards.js";

export const MAX_QUESTION_LENGTH = 400;

export const questionFeature = new Composer<BotContext>();

export async function answerQuestion(ctx: BotContext, query: string): Promise<void> {
  const { deps } = ctx;
  if (query.length > MAX_QUESTION_LENGTH) {
    await ctx.reply(ctx.t("input.tooLong"));
    return;
  }
  const decision = deps.searcher.decide(query);
  const lang = decision.queryLang ?? ctx.lang;
  const t = ctx.tIn(lang);
  if (decision.kind === "answer") {
    const entry = deps.kb.byId.get(decision.hit.id)!;
    const { text, keyboard } = renderAnswer(entry, lang, t, deps.kb, ctx.me.username);
    if (lang !== ctx.lang) keyboard.text(t("answer.switch", { language: t("language.name") }), callbackData.language(lang));
    deps.onDecision?.({ query, lang, id: entry.id, score: decision.hit.score, suggestions: [] });
    await ctx.reply(text, { reply_markup: keyboard, link_preview_options: { is_disabled: true } });
    return;
  }
  const suggestions = decision.suggestions.map((s) => s.id);
  deps.onDecision?.({ query, lang, id: null, score: null, suggestions });
  const head = suggestions.length > 0 ? t("fallback.suggest") : t("fallback.none");
  await ctx.reply(`${head}\n\n${t("fallback.official")}`, {
    reply_markup: suggestionKeyboard(suggestions, lang, deps.kb),
    link_preview_options: { is_disabled: true },
  });
}

/** Sends one entry's answer in the user's language: a related-question button, a did-you-mean or a deep link. */
export async function replyWithEntry(ctx: BotContext, entry: Entry): Promise<void> {
  const { text, keyboard } = renderAnswer(entry, ctx.lang, ctx.t, ctx.deps.kb, ctx.me.username);
  await ctx.reply(text, { reply_markup: keyboard, link_preview_options: { is_disabled: true } });
}

questionFeature.callbackQuery(/^a:([a-z0-9-]+)$/, async (ctx) => {
  const entry = ctx.deps.kb.byId.get(ctx.match[1] ?? "");
  if (!entry) return ctx.answerCallbackQuery({ text: ctx.t("callback.stale") });
  await ctx.answerCallbackQuery();
  await replyWithEntry(ctx, entry);
});

questionFeature.chatType("private").on("message:text", async (ctx, next) => {
  if (ctx.msg.text.startsWith("/")) return next();
  // Searching "иә" finds whichever entry quotes a yes vote (the referendum): asking for a question is the honest reply.
  if (isBareYesNo(ctx.msg.text)) return void (await ctx.reply(ctx.t("ask.prompt")));
  if (!/[\p{L}\p{N}]/u.test(ctx.msg.text)) return void (await ctx.reply(ctx.t("input.empty")));
  await answerQuestion(ctx, ctx.msg.text);
});
