import { Composer, InlineKeyboard } from "grammy";
import { escapeHtml } from "../../i18n.js";
import { callbackData } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { flowOfButton } from "../conversations/interruptions.js";

export const fallbackFeature = new Composer<BotContext>();

const privateChat = fallbackFeature.chatType("private");

// A command the bot does not have ("/foo", a typo of /help) is named, so the help that follows does not read as an answer.
privateChat.on("message:text", (ctx) => {
  const command = /^\/[^\s@]+/.exec(ctx.message.text)?.[0];
  const help = ctx.t("help.text");
  const text = command
    ? `${ctx.t("help.unknown", { command: escapeHtml(command), interpolation: { escapeValue: false } })}\n\n${help}`
    : help;
  return ctx.reply(text, { link_preview_options: { is_disabled: true } });
});
privateChat.on("message", (ctx) => ctx.reply(ctx.t("nontext.hint")));
// A flow's own button with no flow running (it ended, was left idle or its state was lost) says which check it was
// and offers to start that one again, rather than pointing to /start.
fallbackFeature.on("callback_query:data", async (ctx, next) => {
  const flow = flowOfButton(ctx.callbackQuery.data);
  if (!flow) return next();
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("flow.staleButton"), {
    reply_markup: new InlineKeyboard().text(ctx.t(`menu.${flow}`), callbackData.menu(flow)),
  });
});
fallbackFeature.on("callback_query", (ctx) =>
  ctx.answerCallbackQuery({ text: ctx.t("callback.stale"), show_alert: false }),
);
