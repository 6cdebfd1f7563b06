const LATIN_MULTI: [string, string][] = [
  ["shch", "щ"], ["sch", "щ"], ["sh", "ш"], ["zh", "ж"], ["ch", "ч"], ["kh", "х"], ["ts", "ц"],
  ["yu", "ю"], ["iu", "ю"], ["ju", "ю"], ["ya", "я"], ["ia", "я"], ["ja", "я"], ["yo", "е"], ["jo", "е"],
];
const LATIN_SINGLE: Record<string, string> = {
  a: "а", ä: "ә", á: "ә", b: "б", c: "к", d: "д", e: "е", é: "е", f: "ф", g: "г", ğ: "ғ", ǵ: "ғ", h: "х", i: "и", ı: "и", ì: "и", í: "и",
  j: "ж", k: "к", l: "л", m: "м", n: "н", ñ: "ң", ń: "ң", o: "о", ö: "ө", ó: "ө", p: "п", q: "қ", r: "р", s: "с", ş: "ш", t: "т",
  u: "у", ū: "ұ", ü: "ү", ú: "ү", ý: "у", v: "в", w: "у", x: "х", y: "ы", z: "з",
};
const MULTI = new Map(LATIN_MULTI);
const MULTI_RE = new RegExp(LATIN_MULTI.map(([l]) => l).join("|"), "g");
// In Kazakh Latin "j" is always "ж" ("jastar", "jarna"); "ja" → "я" is a Russian transliteration.
const KAZAKH_MULTI_RE = new RegExp(LATIN_MULTI.map(([l]) => l).filter((l) => !l.startsWith("j")).join("|"), "g");

/** Kazakh Latin (2017, 2018, 2021 alphabets), informal sh/zh/ch and Russian transliteration, all to Cyrillic. */
export function latinToCyrillic(word: string, kazakh = false): string {
  return word.replace(kazakh ? KAZAKH_MULTI_RE : MULTI_RE, (m) => MULTI.get(m) ?? m).replace(/[a-zäáéğǵıìíñńöóşūüúý]/g, (c) => LATIN_SINGLE[c] ?? c);
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

/** Collapses letters people confuse across scripts and spellings (и/й/ы, ь/ъ, щ/ш, э/е) once stemming is done. */
export function skeleton(word: string): string {
  return word.replace(/[йы]/g, "и").replace(/[ьъ]/g, "").replace(/щ/g, "ш").replace(/э/g, "е").replace(/(.)\1+/g, "$1");
}
