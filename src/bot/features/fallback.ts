import { Composer } from "grammy";
import { escapeHtml } from "../../i18n.js";
import type { BotContext } from "../context.js";

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
fallbackFeature.on("callback_query", (ctx) =>
  ctx.answerCallbackQuery({ text: ctx.t("callback.stale"), show_alert: false }),
);
