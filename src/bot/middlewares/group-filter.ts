import type { MiddlewareFn } from "grammy";
import { answerQuestion } from "../answer-question.js";
import type { BotContext } from "../context.js";
import { addressedToBot } from "./addressed.js";
import { rateLimit } from "./rate-limit.js";

/** In groups the bot speaks only when addressed: a command, an @mention, or a reply to one of its messages. */
export const groupFilter: MiddlewareFn<BotContext> = async (ctx, next) => {
  // Only a forged press lacks the message: the bot puts no callback buttons on inline messages.
  if (ctx.callbackQuery && !ctx.callbackQuery.message)
    return void (await ctx.answerCallbackQuery({ text: ctx.t("callback.stale") }));
  const chat = ctx.chat?.type;
  if (chat === "private" || chat === undefined || ctx.callbackQuery) return next();
  if (chat !== "group" && chat !== "supergroup") return;
  const msg = ctx.message;
  const addressed = msg && addressedToBot(msg, ctx.me);
  if (!addressed) return;
  if (addressed.kind === "command") return next();
  // Answered here rather than by the features after it, so counted here: a flood of mentions is limited too.
  return rateLimit(ctx, async () => {
    if (addressed.question) return void (await answerQuestion(ctx, addressed.question));
    await ctx.reply(ctx.t("ask.prompt"), {
      reply_parameters: { message_id: msg.message_id, allow_sending_without_reply: true },
    });
  });
};
