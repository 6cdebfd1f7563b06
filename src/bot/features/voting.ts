import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { VOTING_FLOW } from "../conversations/voting.js";
import { callbackData } from "../keyboards.js";

export const votingFeature = new Composer<BotContext>();

async function enter(ctx: BotContext): Promise<void> {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(VOTING_FLOW);
}

votingFeature.command("voting", enter);
votingFeature.callbackQuery(callbackData.menu("voting"), async (ctx) => {
  await ctx.answerCallbackQuery();
  await enter(ctx);
});
