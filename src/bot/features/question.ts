import { Composer, InlineKeyboard } from "grammy";
import { answerQuestion, replySmallTalk, replyWithEntry } from "../answer-question.js";
import { callbackData, callbackPattern } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { isOrphanStepAnswer } from "../conversations/typed-answer.js";
import { mainMenu, typedLanguage, typedMenuItem } from "../keyboards.js";
import { smallTalk } from "../small-talk.js";

export const questionFeature = new Composer<BotContext>();

questionFeature.callbackQuery(callbackPattern.answer, async (ctx) => {
  const entry = ctx.deps.kb.byId.get(ctx.match[1] ?? "");
  if (!entry) return ctx.answerCallbackQuery({ text: ctx.t("callback.stale") });
  await ctx.answerCallbackQuery();
  await replyWithEntry(ctx, entry);
});

questionFeature.chatType("private").on("message:text", async (ctx, next) => {
  // A command, or a menu button's label typed: the feature that owns it answers.
  if (ctx.msg.text.startsWith("/") || typedMenuItem(ctx.msg.text) || typedLanguage(ctx.msg.text)) return next();
  // Searching "иә" finds whichever entry quotes a yes vote (the referendum): asking for a question is the honest reply.
  // A bare yes, no, number, age ("мне 26") or "back" outside a flow is most likely the answer to a flow step whose
  // state is gone (ended, idle, Redis restarted empty): say so and offer the flows, instead of searching it. Before
  // any flow ("2" as a chat's first message) no step was asked: ask for a question in words.
  if (isOrphanStepAnswer(ctx.msg.text, ctx.deps.now())) {
    if (ctx.session.flowAt === undefined)
      return void (await ctx.reply(ctx.t("ask.prompt"), { reply_markup: mainMenu(ctx.t) }));
    const flows = new InlineKeyboard()
      .text(ctx.t("menu.eligibility"), callbackData.menu("eligibility"))
      .row()
      .text(ctx.t("menu.voting"), callbackData.menu("voting"));
    return void (await ctx.reply(ctx.t("flow.orphanAnswer"), { reply_markup: flows }));
  }
  const talk = smallTalk(ctx.msg.text);
  if (talk) return replySmallTalk(ctx, talk);
  if (!/[\p{L}\p{N}]/u.test(ctx.msg.text)) return void (await ctx.reply(ctx.t("input.empty")));
  await answerQuestion(ctx, ctx.msg.text);
});
