import { Composer } from "grammy";
import { forgetAnswered } from "../answer-question.js";
import type { BotContext } from "../context.js";
import { mainMenu, onMenu } from "../keyboards.js";

export const startFeature = new Composer<BotContext>();

export async function showMainMenu(ctx: BotContext): Promise<void> {
  // The terminal chat without a login name has no name to greet, and a placeholder would read as one.
  const name = ctx.from?.first_name ?? "";
  const greeting = name ? ctx.t("start.greeting", { name }) : ctx.t("start.greetingAnon");
  await ctx.reply(`${greeting}\n\n<i>${ctx.t("start.neutral")}</i>`, {
    reply_markup: mainMenu(ctx.t),
  });
}

startFeature.command("start", async (ctx) => {
  // A fresh start: the next message is read on its own, not as a follow-up of the last answer.
  await forgetAnswered(ctx);
  await showMainMenu(ctx);
});

onMenu(startFeature, "main", showMainMenu);

onMenu(startFeature, "ask", (ctx) => ctx.reply(ctx.t("ask.prompt")));
