export const LATIN_MULTI: [string, string][] = [
  ["shch", "щ"],
  ["sch", "щ"],
  ["sh", "ш"],
  ["zh", "ж"],
  ["ch", "ч"],
  ["kh", "х"],
  ["ts", "ц"],
  ["yu", "ю"],
  ["iu", "ю"],
  ["ju", "ю"],
  ["ya", "я"],
  ["ia", "я"],
  ["ja", "я"],
  ["yo", "е"],
  ["jo", "е"],
];
export const LATIN_SINGLE: Record<string, string> = {
  a: "а",
  ä: "ә",
  á: "ә",
  b: "б",
  c: "к",
  d: "д",
  e: "е",
  é: "е",
  f: "ф",
  g: "г",
  ğ: "ғ",
  ǵ: "ғ",
  h: "х",
  i: "и",
  ı: "и",
  ì: "и",
  í: "и",
  j: "ж",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  ñ: "ң",
  ń: "ң",
  o: "о",
  ö: "ө",
  ó: "ө",
  p: "п",
  q: "қ",
  r: "р",
  s: "с",
  ş: "ш",
  t: "т",
  u: "у",
  ū: "ұ",
  ü: "ү",
  ú: "ү",
  ý: "у",
  v: "в",
  w: "у",
  x: "х",
  y: "ы",
  z: "з",
};
function byFirstLetter(groups: [string, string][]): Map<string, [string, string][]> {
  const out = new Map<string, [string, string][]>();
  for (const group of groups) {
    const first = group[0][0]!;
    out.set(first, [...(out.get(first) ?? []), group]);
  }
  return out;
}
const MULTI = byFirstLetter(LATIN_MULTI);
const NONE: [string, string][] = [];
// In Kazakh Latin "j" is always "ж" ("jastar", "jarna"); "ja" → "я" is a Russian transliteration.
const KAZAKH_MULTI = byFirstLetter(LATIN_MULTI.filter(([l]) => !l.startsWith("j")));

/**
 * Kazakh Latin (2017, 2018, 2021 alphabets), informal sh/zh/ch and Russian transliteration, all to Cyrillic. One pass
 * over the word, trying the letter groups in the order listed: every new word of a question goes through here.
 */
export function latinToCyrillic(word: string, kazakh = false): string {
  const multi = kazakh ? KAZAKH_MULTI : MULTI;
  let out = "";
  let i = 0;
  next: while (i < word.length) {
    for (const [latin, cyrillic] of multi.get(word[i]!) ?? NONE) {
      if (word.startsWith(latin, i)) {
        out += cyrillic;
        i += latin.length;
        continue next;
      }
    }
    const c = word[i]!;
    out += LATIN_SINGLE[c] ?? c;
    i++;
  }
  return out;
}

const QWERTY = "`qwertyuiop[]asdfghjkl;'zxcvbnm,.";
const JCUKEN = "ёйцукенгшщзхъфывапролджэячсмитьбю";
const TO_CYR = new Map([...QWERTY].map((c, i) => [c, JCUKEN[i] ?? c]));
const TO_LAT = new Map([...JCUKEN].map((c, i) => [c, QWERTY[i] ?? c]));

/** Text typed on the English layout while meaning the Russian one (ghbdtn → привет), and back. */
export function layoutToCyrillic(text: string): string {
  return [...text.toLowerCase()].map((c) => TO_CYR.get(c) ?? c).join("");
}

export function layoutToLatin(text: string): string {
  return [...text.toLowerCase()].map((c) => TO_LAT.get(c) ?? c).join("");
}

const CONFUSED: Record<string, string> = { й: "и", ы: "и", ь: "", ъ: "", щ: "ш", э: "е" };

/** Collapses letters people confuse across scripts and spellings (и/й/ы, ь/ъ, щ/ш, э/е) once stemming is done. */
export function skeleton(word: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < word.length; i++) {
    const c = CONFUSED[word[i]!] ?? word[i]!;
    // A doubled letter is written once, also when the doubling only appears once the letters are folded ("ий").
    if (c === "" || c === last) continue;
    out += c;
    last = c;
  }
  return out;
}
