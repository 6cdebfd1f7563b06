import { kazakhFold, tokenize } from "./normalize.js";
import { SALIENT_GROUPS } from "./synonyms.js";

export const fold = (word: string) => kazakhFold(word.toLowerCase());
/** A body's name without its case ending, so "маслихата" and "мәслихатқа" both find "маслихат". */
const stem = (word: string) => fold(word).slice(0, Math.max(5, word.length - 2));
/** Per body or vote of SALIENT_GROUPS (Mazhilis, maslikhat, Senate, Kurultai, referendum, President), its stems. */
export const BODY_GROUPS = SALIENT_GROUPS.map((group) => group.map(stem));
const VICE = new Set(["вице", "vice", "vitse"]);

/** The body a word names, as an index into SALIENT_GROUPS, or -1. */
export function bodyOf(word: string): number {
  const w = fold(word);
  return BODY_GROUPS.findIndex((stems) => stems.some((s) => w.startsWith(s)));
}

/**
 * The words of a text that name a body or vote, in order; the Vice President is no President
 * ("вице-президентті кім тағайындайды").
 */
export function bodyWords(text: string): string[] {
  const words = tokenize(text);
  return words.filter((w, i) => bodyOf(w) >= 0 && !VICE.has(fold(words[i - 1] ?? "")));
}

/** The bodies and votes a text names, as indexes into SALIENT_GROUPS, each once. */
export function bodiesIn(texts: readonly string[]): number[] {
  return [...new Set(texts.flatMap((t) => bodyWords(t).map(bodyOf)))].sort((a, b) => a - b);
}
