import type { Lang } from "../../knowledge/schema.js";
import { isCyrillic, kazakhFold, tokenize } from "./normalize.js";
import { stemEnglish, stemKazakh, stemRussian } from "./stem.js";
import { STOPWORDS } from "./stopwords.js";
import { latinToCyrillic, skeleton } from "./translit.js";

// A one-letter form ("vvv" → "ввв" → "в") carries no meaning and only makes junk look like a question.
const finish = (cyrillic: string) => {
  const form = skeleton(kazakhFold(cyrillic));
  return form.length >= 2 ? form : "";
};
const isNumber = (w: string) => /^[\d%]+$/.test(w);

// Building an index asks for the same words again and again; a searcher drops this once built (memory). Queries
// do without it: a searcher remembers each query word's readings itself, and entries here would be garbage to copy.
const memo = new Map<string, string>();

export function forgetIndexForms(): void {
  memo.clear();
}

/** The one index form of a word written in a known language. */
export function indexForm(word: string, lang: Lang): string {
  const key = `${lang}:${word}`;
  let form = memo.get(key);
  if (form === undefined) {
    form = computeIndexForm(word, lang);
    if (memo.size > 200_000) memo.clear();
    memo.set(key, form);
  }
  return form;
}

function computeIndexForm(word: string, lang: Lang): string {
  if (isNumber(word)) return word;
  if (isCyrillic(word)) return finish(lang === "kk" ? stemKazakh(word) : stemRussian(word));
  if (lang === "en") return finish(latinToCyrillic(stemEnglish(word)));
  const cyr = latinToCyrillic(word, lang === "kk");
  return finish(lang === "kk" ? stemKazakh(cyr) : stemRussian(cyr));
}

/** The unstemmed word in the index alphabet: typos are easier to spot on whole words than on stems. */
export function surfaceForm(word: string): string {
  if (isNumber(word)) return word;
  return finish(isCyrillic(word) ? word : latinToCyrillic(word));
}

/** Every form a query word may take when its language is unknown: Kazakh and Russian stems, English if Latin. */
export function queryForms(word: string): string[] {
  if (isNumber(word)) return [word];
  const forms = new Set<string>();
  if (!isCyrillic(word)) forms.add(computeIndexForm(word, "en"));
  forms.add(computeIndexForm(word, "kk"));
  forms.add(computeIndexForm(word, "ru"));
  forms.add(surfaceForm(word));
  return [...forms].filter(Boolean);
}

/** Where an index form came from, so a Latin query word's reading in one language only meets forms of that language. */
export const FROM_KK = 1;
export const FROM_RU = 2;
export const FROM_EN = 4;
export const FROM_SURFACE = 8;
export const FROM_ANY = 15;

/**
 * A query word's forms, each with the sources it may match. A Latin word is read as English, as Kazakh Latin and as
 * Russian transliteration; each reading only meets forms seen in that language, so "joke" (read "еке") does not
 * meet a Kazakh stem; its whole transliterated form only meets whole words. A Cyrillic word is not restricted.
 */
export function queryReadings(word: string, restrictLatin: boolean, english = false): [string, number][] {
  if (isNumber(word)) return [[word, FROM_ANY]];
  if (isCyrillic(word) || !restrictLatin) return queryForms(word).map((f) => [f, FROM_ANY]);
  // In a question that is clearly English, a Latin word is English: "joke" is not the Kazakh-Latin "еке".
  if (english)
    return [...new Set([computeIndexForm(word, "en"), surfaceForm(word)])].filter(Boolean).map((f) => [f, FROM_EN]);
  const readings = new Map<string, number>();
  const add = (form: string, mask: number) => {
    if (form) readings.set(form, (readings.get(form) ?? 0) | mask);
  };
  add(computeIndexForm(word, "en"), FROM_EN);
  add(computeIndexForm(word, "kk"), FROM_KK);
  add(computeIndexForm(word, "ru"), FROM_RU);
  add(surfaceForm(word), FROM_SURFACE);
  return [...readings];
}

// Every question's words are checked; voters reuse them.
const stopMemo = new Map<string, boolean>();

export function isStopword(word: string): boolean {
  let stop = stopMemo.get(word);
  if (stop === undefined) {
    stop = STOPWORDS.has(kazakhFold(word)) || (!isCyrillic(word) && STOPWORDS.has(kazakhFold(latinToCyrillic(word))));
    if (stopMemo.size > 50_000) stopMemo.clear();
    stopMemo.set(word, stop);
  }
  return stop;
}

export function contentWords(text: string): string[] {
  return tokenize(text).filter((w) => !isStopword(w));
}
