import type { Vote } from "../gaps/feedback.js";
import { CALLBACK_DATA_MAX_BYTES, fitsBytes } from "../telegram-limits.js";

// Every button's callback data is built and read here, so a prefix has one owner and the 64-byte limit one check.
// A prefix is one letter and a colon: a answer, m menu, l language, r reminders, f feedback, t topics, g a flow's step.

export const MENU_ITEMS = ["ask", "topics", "eligibility", "voting", "calendar", "remind", "language"] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

const ID = "([a-z0-9]+(?:-[a-z0-9]+)*)";
const PAGE = "(\\d{1,4})";

/** The data, or undefined when it is over Telegram's limit (the caller then leaves the button out). */
function withinLimit(data: string): string | undefined {
  return fitsBytes(data, CALLBACK_DATA_MAX_BYTES) ? data : undefined;
}

export const callbackData = {
  answer: (id: string) => `a:${id}`,
  /** An entry's button, or undefined when the id makes it too long. */
  answerIfFits: (id: string) => withinLimit(`a:${id}`),
  menu: (item: MenuItem | "main") => `m:${item}`,
  language: (lang: string) => `l:${lang}`,
  /** Turns reminders on (never off, unlike the menu's toggle), so it can sit under any message. */
  remindOn: "r:on",
  remindOff: "r:off",
  feedback: (entryId: string, vote: Vote) => withinLimit(`f:${entryId}:${vote}`),
  topics: {
    root: (page: number) => `t:r:${page}`,
    category: (id: string, page: number) => `t:c:${id}:${page}`,
    entry: (id: string, page: number) => withinLimit(`t:e:${id}:${page}`),
  },
  flow: {
    prefix: (flow: string) => `g:${flow}:`,
    choice: (flow: string, step: string, value: string) => `g:${flow}:${step}:${value}`,
    back: (flow: string) => `g:${flow}:back`,
    restart: (flow: string) => `g:${flow}:restart`,
  },
} as const;

// A button under a message written in another language than the chat's carries that language after a tilde
// ("a:voting-abroad~kk"): pressing it goes on in the language the user was reading (middlewares/language-tag.ts).
const LANGUAGE_TAG = /~(kk|ru|en)$/;

/** The data with its message's language, or as it was when the tag would take it over Telegram's limit. */
export function withLanguageTag(data: string, lang: string): string {
  return withinLimit(`${data}~${lang}`) ?? data;
}

/** The data without its language tag, and the tag. */
export function readLanguageTag(data: string): { data: string; lang?: string } {
  const tag = LANGUAGE_TAG.exec(data);
  return tag ? { data: data.slice(0, tag.index), lang: tag[1] } : { data };
}

/** The patterns the handlers listen on; each captures what its builder above put in. */
export const callbackPattern = {
  answer: new RegExp(`^a:${ID}$`),
  menu: /^m:(.+)$/,
  language: /^l:(.+)$/,
  feedback: new RegExp(`^f:${ID}:(up|down)$`),
  topics: /^t:/,
  topicsRoot: new RegExp(`^t:r:${PAGE}$`),
  topicsCategory: new RegExp(`^t:c:${ID}:${PAGE}$`),
  topicsEntry: new RegExp(`^t:e:${ID}:${PAGE}$`),
} as const;
