import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const cancelFeature = new Composer<BotContext>();

cancelFeature.command("cancel", async (ctx) => {
  const [flow] = Object.keys(ctx.conversation.active());
  await ctx.conversation.exitAll();
  // Say which flow was left and how to come back to it.
  await ctx.reply(flow ? `${ctx.t("cancel.done")} ${ctx.t(`flow.left.${flow}`)}` : ctx.t("cancel.nothing"));
});
