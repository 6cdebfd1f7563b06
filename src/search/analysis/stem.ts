import { createRequire } from "node:module";
import { kazakhFold } from "./normalize.js";

// Required, not imported: importing a CommonJS file from ESM first scans its 870 KB for exports, a tenth of start-up.
const { newStemmer } = createRequire(import.meta.url)("snowball-stemmers") as typeof import("snowball-stemmers");

// English is Porter2 (Snowball English) from porter2, eight times faster than the Snowball port and the same stems
// on every Latin word of the knowledge base and the test sets: new words are most of a question's cost.
const { stem: porter2 } = createRequire(import.meta.url)("porter2") as typeof import("porter2");
const russian = newStemmer("russian");

/** Kazakh endings after folding (ә→а, қ→к, і→и…): plural, case, possessive, person, common verb forms. */
const KAZAKH_SUFFIXES = [
  "лар",
  "лер",
  "дар",
  "дер",
  "тар",
  "тер",
  "нин",
  "дин",
  "тин",
  "нын",
  "дын",
  "тын",
  "нан",
  "нен",
  "дан",
  "ден",
  "тан",
  "тен",
  "нда",
  "нде",
  "да",
  "де",
  "та",
  "те",
  "га",
  "ге",
  "ка",
  "ке",
  "на",
  "не",
  "ды",
  "ди",
  "ты",
  "ти",
  "ны",
  "ни",
  "мен",
  "бен",
  "пен",
  "имиз",
  "ымыз",
  "миз",
  "мыз",
  "иниз",
  "ыныз",
  "низ",
  "ныз",
  "им",
  "ым",
  "ин",
  "ын",
  "си",
  "сы",
  "атын",
  "етин",
  "итын",
  "итин",
  "йтын",
  "йтин",
  "ады",
  "еди",
  "йды",
  "йди",
  "ган",
  "ген",
  "кан",
  "кен",
  "уга",
  "уге",
  "ула",
  "уле",
  "мын",
  "мин",
  "пын",
  "пин",
  "быз",
  "биз",
  "ма",
  "ме",
  "ба",
  "бе",
  "па",
  "пе",
  "лык",
  "лик",
  "дык",
  "дик",
  "тык",
  "тик",
  "и",
  "ы",
  "а",
  "е",
  "н",
  "м",
].sort((a, b) => b.length - a.length);

// "Who won" asks for a result and "who will win" for a prediction, but both stem to one form: the past of "win"
// keeps a stem of its own ("кім жеңді" went to the predictions entry, as "кто победил" did).
const KAZAKH_WON = /^жен(ди|ип|ген|гендер|генин|гени)$/;
const RUSSIAN_WON = /^(победил|выиграл)(а|и|о)?$/;

export function stemKazakh(word: string): string {
  let w = kazakhFold(word);
  if (KAZAKH_WON.test(w)) return "жендi";
  for (let round = 0; round < 3; round++) {
    const suffix = KAZAKH_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= (s.length === 1 ? 4 : 3));
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
  }
  return w;
}

export function stemRussian(word: string): string {
  const won = RUSSIAN_WON.exec(word);
  if (won) return won[1]!;
  return russian.stem(word.replace(/ё/g, "е"));
}

export function stemEnglish(word: string): string {
  return porter2(word);
}
