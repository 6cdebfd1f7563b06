import { Composer } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { feedbackCounterKey, type Vote } from "../../gaps/feedback.js";
import { callbackPattern } from "../callback-data.js";
import type { BotContext } from "../context.js";

function withoutFeedback(markup: InlineKeyboardMarkup | undefined): InlineKeyboardMarkup | undefined {
  if (!markup) return undefined;
  const rows = markup.inline_keyboard.map((row) =>
    row.filter((b) => !("callback_data" in b) || !callbackPattern.feedback.test(b.callback_data)),
  );
  return { inline_keyboard: rows.filter((row) => row.length > 0) };
}

export const feedbackFeature = new Composer<BotContext>();

feedbackFeature.callbackQuery(/^f:/, async (ctx) => {
  const match = callbackPattern.feedback.exec(ctx.callbackQuery.data);
  const entryId = match?.[1];
  const vote = match?.[2] as Vote | undefined;
  if (!entryId || !vote || !ctx.deps.kb.byId.has(entryId)) {
    await ctx.answerCallbackQuery({ text: ctx.t("callback.stale") });
    return;
  }
  await ctx.deps.storage.counters.incr(feedbackCounterKey(entryId, vote));
  await ctx.answerCallbackQuery({ text: ctx.t(vote === "up" ? "feedback.thanks" : "feedback.thanksDown") });
  // One vote per message: the rating buttons go away once used.
  const markup = withoutFeedback(ctx.callbackQuery.message?.reply_markup);
  if (markup) await ctx.editMessageReplyMarkup({ reply_markup: markup }).catch(() => {});
});
