import { Composer } from "grammy";
import { isLang, type Lang } from "../../knowledge/schema.js";
import { callbackPattern } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { languageMenu, onMenu, typedLanguage } from "../keyboards.js";

export const languageFeature = new Composer<BotContext>();

const showLanguages = (ctx: BotContext) =>
  ctx.reply(ctx.t("language.choose"), { reply_markup: languageMenu(ctx.tIn, ctx.lang) });

languageFeature.command("language", showLanguages);
onMenu(languageFeature, "language", showLanguages);

/** Switches the chat to a language; the language in use chosen again changes nothing, and the bot says so. */
async function switchTo(ctx: BotContext, lang: Lang): Promise<void> {
  if (lang === ctx.lang) return void (await ctx.reply(ctx.t("language.already")));
  ctx.setLang(lang);
  await ctx.reply(ctx.t("language.changed"));
}

languageFeature.callbackQuery(callbackPattern.language, async (ctx) => {
  const lang = ctx.match[1];
  if (!isLang(lang)) return ctx.answerCallbackQuery({ text: ctx.t("callback.stale") });
  // Said once, as a message that stays in the chat; a toast of the same words on top of it was said twice.
  await ctx.answerCallbackQuery();
  await switchTo(ctx, lang);
});

// "English", "орысша", "на русском пожалуйста" typed: the same as the language's button.
languageFeature.chatType("private").on("message:text", async (ctx, next) => {
  const lang = typedLanguage(ctx.msg.text);
  return lang ? switchTo(ctx, lang) : next();
});
