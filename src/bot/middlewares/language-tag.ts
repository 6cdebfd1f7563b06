import type { MiddlewareFn } from "grammy";
import { isLang } from "../../knowledge/schema.js";
import { readLanguageTag } from "../callback-data.js";
import type { BotContext } from "../context.js";

/**
 * A button under an answer given in another language than the chat's (a Kazakh question in an English chat) goes on
 * in that language: the press switches the chat to it, so that a flow or a menu it opens speaks it at every step.
 * The tag is taken off the data before any handler (or a waiting flow) reads it.
 */
export const languageTag: MiddlewareFn<BotContext> = async (ctx, next) => {
  const query = ctx.callbackQuery;
  if (query?.data) {
    const { data, lang } = readLanguageTag(query.data);
    if (lang && isLang(lang)) {
      query.data = data;
      if (lang !== ctx.lang) ctx.setLang(lang);
    }
  }
  await next();
};
