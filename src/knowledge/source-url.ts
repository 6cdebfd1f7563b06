import type { Lang } from "./schema.js";

/** The language folders of adilet.zan.kz, the official database of Kazakhstan's laws. */
export type AdiletLanguage = "kaz" | "rus" | "eng";

export const ADILET_LANGUAGE: Record<Lang, AdiletLanguage> = { kk: "kaz", ru: "rus", en: "eng" };

const ADILET = /^https:\/\/adilet\.zan\.kz\/(kaz|rus|eng)\/(docs\/\S+)$/;

/**
 * A law's page on adilet.zan.kz in the reader's language. Every act is there in Kazakh and Russian, the state and
 * the official language; an English translation only for some, so English goes to the English page only where the
 * source itself is that page, and to the Russian one otherwise. Any other address is left as it is.
 */
export function adiletIn(url: string, language: AdiletLanguage): string {
  const match = ADILET.exec(url);
  if (!match) return url;
  const [, given, path] = match;
  const target = language === "eng" && given !== "eng" ? "rus" : language;
  return `https://adilet.zan.kz/${target}/${path}`;
}

/** A source's address for a reader of `lang`: a law in their language (adiletIn), anything else unchanged. */
export const sourceHref = (url: string, lang: Lang): string => adiletIn(url, ADILET_LANGUAGE[lang]);
