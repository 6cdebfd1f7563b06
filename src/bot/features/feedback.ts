import { Composer } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { BotStorage } from "../../storage/index.js";
import { FEEDBACK_DATA, type Vote } from "../answer-actions.js";
import type { BotContext } from "../context.js";

export interface FeedbackCounts {
  up: number;
  down: number;
}

const PREFIX = "feedback:";
const counterKey = (entryId: string, vote: Vote) => `${PREFIX}${entryId}:${vote}`;
const COUNTER_KEY = /^feedback:([a-z0-9-]+):(up|down)$/;

/** Votes per entry id, for `npm run kb:gaps`. Only counts are stored, never who voted. */
export async function readFeedback(storage: BotStorage): Promise<Map<string, FeedbackCounts>> {
  const out = new Map<string, FeedbackCounts>();
  for (const [key, value] of Object.entries(await storage.counters.all())) {
    const m = COUNTER_KEY.exec(key);
    if (!m) continue;
    const counts = out.get(m[1]!) ?? { up: 0, down: 0 };
    counts[m[2] as Vote] += value;
    out.set(m[1]!, counts);
  }
  return out;
}

function withoutFeedback(markup: InlineKeyboardMarkup | undefined): InlineKeyboardMarkup | undefined {
  if (!markup) return undefined;
  const rows = markup.inline_keyboard.map((row) => row.filter((b) => !("callback_data" in b) || !FEEDBACK_DATA.test(b.callback_data)));
  return { inline_keyboard: rows.filter((row) => row.length > 0) };
}

export const feedbackFeature = new Composer<BotContext>();

feedbackFeature.callbackQuery(/^f:/, async (ctx) => {
  const match = FEEDBACK_DATA.exec(ctx.callbackQuery.data);
  const entryId = match?.[1];
  const vote = match?.[2] as Vote | undefined;
  if (!entryId || !vote || !ctx.deps.kb.byId.has(entryId)) {
    await ctx.answerCallbackQuery({ text: ctx.t("callback.stale") });
    return;
  }
  await ctx.deps.storage.counters.incr(counterKey(entryId, vote));
  await ctx.answerCallbackQuery({ text: ctx.t(vote === "up" ? "feedback.thanks" : "feedback.thanksDown") });
  // One vote per message: the rating buttons go away once used.
  const markup = withoutFeedback(ctx.callbackQuery.message?.reply_markup);
  if (markup) await ctx.editMessageReplyMarkup({ reply_markup: markup }).catch(() => {});
});
