import type { MiddlewareFn } from "grammy";
import { createI18n, langFromTelegram } from "../../i18n.js";
import type { BotContext } from "../context.js";

export function i18nMiddleware(): MiddlewareFn<BotContext> {
  const tFor = createI18n();
  return async (ctx, next) => {
    const apply = (lang: BotContext["lang"]) => {
      ctx.lang = lang;
      ctx.t = tFor(lang);
    };
    apply(ctx.session?.lang ?? langFromTelegram(ctx.from?.language_code));
    ctx.tIn = tFor;
    ctx.setLang = (lang) => {
      ctx.session.lang = lang;
      apply(lang);
    };
    await next();
  };
}
