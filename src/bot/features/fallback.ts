import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const fallbackFeature = new Composer<BotContext>();

const privateChat = fallbackFeature.chatType("private");

privateChat.on("message:text", (ctx) => ctx.reply(ctx.t("help.text"), { link_preview_options: { is_disabled: true } }));
privateChat.on("message", (ctx) => ctx.reply(ctx.t("nontext.hint")));
fallbackFeature.on("callback_query", (ctx) =>
  ctx.answerCallbackQuery({ text: ctx.t("callback.stale"), show_alert: false }),
);
