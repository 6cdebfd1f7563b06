import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { ELIGIBILITY_FLOW } from "../conversations/eligibility.js";
import { callbackData } from "../keyboards.js";

export const eligibilityFeature = new Composer<BotContext>();

async function enter(ctx: BotContext): Promise<void> {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(ELIGIBILITY_FLOW);
}

eligibilityFeature.command("eligibility", enter);
eligibilityFeature.callbackQuery(callbackData.menu("eligibility"), async (ctx) => {
  await ctx.answerCallbackQuery();
  await enter(ctx);
});
