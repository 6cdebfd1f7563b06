import { Composer } from "grammy";
import { isLang } from "../../knowledge/schema.js";
import { callbackPattern } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { languageMenu, onMenu } from "../keyboards.js";

export const languageFeature = new Composer<BotContext>();

const showLanguages = (ctx: BotContext) =>
  ctx.reply(ctx.t("language.choose"), { reply_markup: languageMenu(ctx.tIn, ctx.lang) });

languageFeature.command("language", showLanguages);
onMenu(languageFeature, "language", showLanguages);

languageFeature.callbackQuery(callbackPattern.language, async (ctx) => {
  const lang = ctx.match[1];
  if (!isLang(lang)) return ctx.answerCallbackQuery({ text: ctx.t("callback.stale") });
  // The language in use (✓ in the menu) pressed again changes nothing, and the bot says so rather than "Done".
  if (lang === ctx.lang) {
    await ctx.answerCallbackQuery();
    return void (await ctx.reply(ctx.t("language.already")));
  }
  ctx.setLang(lang);
  // Said once, as a message that stays in the chat; a toast of the same words on top of it was said twice.
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("language.changed"));
});
