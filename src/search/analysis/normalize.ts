const KAZAKH_FOLD: Record<string, string> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
  ё: "е",
};
const LATIN_HOMOGLYPHS: Record<string, string> = {
  a: "а",
  c: "с",
  e: "е",
  i: "і",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  h: "һ",
  t: "т",
  b: "в",
  ı: "і",
};
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

export function kazakhFold(text: string): string {
  return text.replace(/[әғқңөұүһіё]/g, (c) => KAZAKH_FOLD[c] ?? c);
}

export function normalize(text: string): string {
  return kazakhFold(
    text
      .normalize("NFC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}%]+/gu, " ")
      .trim(),
  );
}

/** Lowercase words with punctuation gone; a word mixing scripts gets its Latin look-alikes made Cyrillic. */
export function tokenize(text: string): string[] {
  const words =
    text
      .normalize("NFC")
      .toLowerCase()
      .replace(/[’'`ʼ]/g, "")
      .match(/[\p{L}\p{N}%]+/gu) ?? [];
  return words.map((w) =>
    CYRILLIC.test(w) && LATIN.test(w) ? [...w].map((c) => LATIN_HOMOGLYPHS[c] ?? c).join("") : w,
  );
}

export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

export function isLatin(word: string): boolean {
  return LATIN.test(word) && !CYRILLIC.test(word);
}
