import { type Composer, InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { TFunction } from "../i18n.js";
import { LANGS } from "../knowledge/schema.js";
import { callbackData, MENU_ITEMS, type MenuItem } from "./callback-data.js";
import type { BotContext } from "./context.js";

/** A menu button: the press is acknowledged at once, then `show` answers it. */
export function onMenu(
  composer: Composer<BotContext>,
  item: MenuItem | "main",
  show: (ctx: BotContext) => Promise<unknown>,
): void {
  composer.callbackQuery(callbackData.menu(item), async (ctx) => {
    await ctx.answerCallbackQuery();
    await show(ctx);
  });
}

// One per language, shared, so read-only: the menu never changes, and after questions it is what is asked for most.
const mainMenus = new WeakMap<TFunction, InlineKeyboard>();

export function mainMenu(t: TFunction): Readonly<InlineKeyboardMarkup> {
  let kb = mainMenus.get(t);
  if (!kb) {
    kb = new InlineKeyboard();
    MENU_ITEMS.forEach((item, i) => {
      kb!.text(t(`menu.${item}`), callbackData.menu(item));
      if (i % 2 === 1) kb!.row();
    });
    mainMenus.set(t, kb);
  }
  return kb;
}

/** The three languages, each named in itself; the one in use carries a check mark, so the menu says where you are. */
export function languageMenu(
  tFor: (lang: (typeof LANGS)[number]) => TFunction,
  current?: (typeof LANGS)[number],
): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const lang of LANGS)
    kb.text(`${lang === current ? "✓ " : ""}${tFor(lang)("language.name")}`, callbackData.language(lang));
  return kb;
}
