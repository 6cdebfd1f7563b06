import { type Composer, InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { createI18n, type TFunction } from "../i18n.js";
import { LANGS, type Lang } from "../knowledge/schema.js";
import { foldReply } from "../rules/replies.js";
import { kazakhFold } from "../search/analysis/normalize.js";
import { callbackData, MENU_ITEMS, type MenuItem } from "./callback-data.js";
import type { BotContext } from "./context.js";

/**
 * A label or a name as typed, to compare with what is shown: emoji, punctuation and case left out, Kazakh letters
 * folded ("темы" for "📚 Темы", "такырыптар" for "Тақырыптар"). Menu labels, topic names and a flow's buttons use it.
 */
export const labelKey = (text: string) =>
  kazakhFold(
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim(),
  );

let typedLabels: Map<string, MenuItem | "main"> | undefined;

// Every menu button can be typed. The flows are known by their labels only: a label ("Кандидат бола аламын ба?") is best answered by its flow (the
// search found when campaigning is banned), but "voting" alone is a broad word, which gets a choice of topics.
const BY_LABEL_ONLY: ReadonlySet<string> = new Set(["eligibility", "voting"]);

/**
 * The menu button whose label, in any of the three languages, or whose command without its slash is the whole message:
 * people type what they see ("Темы", "Календарь выборов", "topics"). Searched, "Темы" found nothing and "Календарь
 * выборов" the 2023 calendar instead of /calendar's.
 */
export function typedMenuItem(text: string): MenuItem | "main" | undefined {
  if (!typedLabels) {
    const tIn = createI18n();
    typedLabels = new Map();
    for (const item of [...MENU_ITEMS, "main"] as const) {
      if (!BY_LABEL_ONLY.has(item)) typedLabels.set(item, item);
      for (const lang of LANGS) typedLabels.set(labelKey(tIn(lang)(`menu.${item}`)), item);
    }
  }
  // A label after a short lead-in is the label too: "ладно, давай по шагам: как мне проголосовать" (walkthrough 16).
  const lead = /^(.+)[:,;]\s*([^:,;]+)$/u.exec(text.trim());
  const after = lead && lead[1]!.trim().split(/\s+/).length <= 4 ? typedLabels.get(labelKey(lead[2]!)) : undefined;
  return typedLabels.get(labelKey(text)) ?? after;
}

// A language named in any of the three ("English", "орысша", "на русском пожалуйста", "switch to Kazakh"): people type
// it instead of pressing its button, and searched, "English" found the official sources.
const LANGUAGE_NAMES: Record<Lang, string[]> = {
  kk: ["қазақша", "қазақ", "казахский", "казахском", "казахски", "kazakh", "qazaqsha", "kazaksha", "kazakhsha"],
  ru: ["орысша", "орыс", "русский", "русском", "русски", "russian", "oryssha", "russkii", "russkiy", "ruscha"],
  en: ["ағылшынша", "ағылшын", "английский", "английском", "английски", "english", "eng", "agylshynsha"],
};
const LANGUAGE_FILLERS = new Set(
  ["switch", "to", "in", "change", "language", "please", "pls", "на", "по", "язык", "пожалуйста", "давай"]
    .concat(["переключи", "переключить", "сменить", "хочу", "можно", "тілі", "тіл", "тілінде", "тіліне", "жаз"])
    .concat(["жазыңыз", "ауыстыр", "ауыстыру", "өтінемін", "сөйле", "сөйлейік", "the"])
    // "нет, верни русский", "back to English"
    .concat(["нет", "верни", "верните", "вернуть", "обратно", "no", "back", "жоқ", "қайтар", "қайтару"])
    .map(foldReply),
);
const LANGUAGE_OF = new Map(
  (Object.entries(LANGUAGE_NAMES) as [Lang, string[]][]).flatMap(([lang, names]) =>
    names.map((name) => [foldReply(name), lang] as const),
  ),
);

/** The language a message asks for, when that is all it says ("English", "орысша жаз", "на русском пожалуйста"). */
export function typedLanguage(text: string): Lang | undefined {
  const words = foldReply(text)
    .split(" ")
    .filter((w) => w && !LANGUAGE_FILLERS.has(w));
  if (words.length === 0 || words.length > 2) return undefined;
  const langs = new Set(words.map((w) => LANGUAGE_OF.get(w)));
  const [lang] = langs;
  return langs.size === 1 ? lang : undefined;
}

/** A menu button: the press is acknowledged at once, then `show` answers it; its label typed in a private chat is the same. */
export function onMenu(
  composer: Composer<BotContext>,
  item: MenuItem | "main",
  show: (ctx: BotContext) => Promise<unknown>,
): void {
  composer.callbackQuery(callbackData.menu(item), async (ctx) => {
    await ctx.answerCallbackQuery();
    await show(ctx);
  });
  composer
    .chatType("private")
    .on("message:text")
    .filter((ctx) => typedMenuItem(ctx.msg.text) === item, show);
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
