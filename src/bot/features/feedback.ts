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
  // Telegram sends the message's keyboard as it is now: a press whose button is no longer on it (a double tap, a
  // second device, a 👎 after the 👍 took both away) is a vote already given.
  const markup = ctx.callbackQuery.message?.reply_markup;
  const onMessage = markup?.inline_keyboard.some((row) =>
    row.some((b) => "callback_data" in b && b.callback_data === ctx.callbackQuery.data),
  );
  if (ctx.callbackQuery.message && !onMessage) {
    await ctx.answerCallbackQuery({ text: ctx.t("feedback.already") });
    return;
  }
  await ctx.deps.storage.counters.incr(feedbackCounterKey(entryId, vote));
  await ctx.answerCallbackQuery({ text: ctx.t(vote === "up" ? "feedback.thanks" : "feedback.thanksDown") });
  // One vote per message: the rating buttons go away once used.
  const left = withoutFeedback(markup);
  if (left) await ctx.editMessageReplyMarkup({ reply_markup: left }).catch(() => {});
});
