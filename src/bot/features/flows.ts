import { createConversation } from "@grammyjs/conversations";
import { Composer, type Context, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { ELIGIBILITY_FLOW, eligibilityConversation } from "../conversations/eligibility.js";
import { VOTING_FLOW, votingConversation } from "../conversations/voting.js";
import { onMenu } from "../keyboards.js";
import { startLink } from "../links.js";

export type Flow = "eligibility" | "voting";

const CONVERSATIONS: Record<Flow, string> = { eligibility: ELIGIBILITY_FLOW, voting: VOTING_FLOW };

/** The one way into a guided flow: its command, its menu button, an answer's button and a deep link. */
export async function enterFlow(ctx: BotContext, flow: Flow): Promise<void> {
  // In a group anyone could answer a flow's questions, and a reply to the bot is read as a question: go private.
  if (ctx.chat?.type !== "private") {
    const open = new InlineKeyboard().url(ctx.t("inline.openBot"), startLink(ctx.me.username, flow));
    await ctx.reply(ctx.t("flow.privateOnly"), { reply_markup: open });
    return;
  }
  ctx.session.flowAt = ctx.deps.now().getTime();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(CONVERSATIONS[flow]);
}

// Guided flows run after /cancel, so /cancel always reaches its handler; any other command leaves a flow and still works.
export const flowsFeature = new Composer<BotContext>();

flowsFeature.use(createConversation<BotContext, Context>(eligibilityConversation, ELIGIBILITY_FLOW));
flowsFeature.use(createConversation<BotContext, Context>(votingConversation, VOTING_FLOW));

for (const flow of Object.keys(CONVERSATIONS) as Flow[]) {
  flowsFeature.command(flow, (ctx) => enterFlow(ctx, flow));
  onMenu(flowsFeature, flow, (ctx) => enterFlow(ctx, flow));
}
