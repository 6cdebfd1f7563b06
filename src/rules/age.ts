import { withNumberWords } from "./number-words.js";
import { foldReply } from "./replies.js";
// A voter or a candidate who types "1" or "2" has most likely pressed the wrong key or meant a button's number, not
// given an age: below 10 the bot asks again instead of answering for a small child.
export const MIN_PLAUSIBLE_AGE = 10;
export const MAX_PLAUSIBLE_AGE = 120;

/** An age read from a reply; `birth` when the reply was a date of birth. */
export type AgeInput =
  | { ok: true; age: number; birth?: { year: number; month: number; day: number } }
  | { ok: false; error: "format" | "range" | "future" }
  /** A birth year alone ("1999", "born in 1999"): the age is one of two, before or after this year's birthday. */
  | { ok: false; error: "year"; year: number };

export function ageOn(birth: { year: number; month: number; day: number }, on: Date): number {
  const y = on.getUTCFullYear();
  const m = on.getUTCMonth() + 1;
  const d = on.getUTCDate();
  const hadBirthday = m > birth.month || (m === birth.month && d >= birth.day);
  return y - birth.year - (hadBirthday ? 0 : 1);
}

/** The first day on which someone born on `birth` is `years` old (by ageOn): born on 29 February, 1 March. */
export function birthdayOfAge(birth: { year: number; month: number; day: number }, years: number): string {
  const year = birth.year + years;
  const leapDay = birth.month === 2 && birth.day === 29 && !validDate(year, 2, 29);
  const [month, day] = leapDay ? [3, 1] : [birth.month, birth.day];
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

type Ymd = { year: number; month: number; day: number };

function checked(year: number, month: number, day: number): Ymd | "invalid" {
  return validDate(year, month, day) ? { year, month, day } : "invalid";
}

// Month names by the start of their stem, in every case people use ("мая", "мамырда", "наурыздың"), Kazakh folded.
const MONTHS: [RegExp, number][] = [
  [/^(jan|январ|кантар)/, 1],
  [/^(feb|феврал|акпан)/, 2],
  [/^(mar|март|наурыз)/, 3],
  [/^(apr|апрел|сауир)/, 4],
  [/^(may$|ма[йяе]$|мамыр)/, 5],
  [/^(jun|июн|маусым)/, 6],
  [/^(jul|июл|шилде)/, 7],
  [/^(aug|август|тамыз)/, 8],
  [/^(sep|сентябр|кыркуйек)/, 9],
  [/^(oct|октябр|казан)/, 10],
  [/^(nov|ноябр|караша)/, 11],
  [/^(dec|декабр|желтоксан)/, 12],
];

const monthOf = (word: string) => MONTHS.find(([re]) => re.test(word))?.[1];

// Words around an age or a date of birth that carry no number: "мне 26 лет", "жасым 26", "I'm 24 years old",
// "1999 жылы 1 мамырда туғанмын", "born on 1 May 1999".
const AGE_WORDS = new Set([
  "i",
  "im",
  "am",
  "my",
  "age",
  "is",
  "years",
  "year",
  "yrs",
  "yo",
  "y",
  "o",
  "old",
  "aged",
  "turned",
  "already",
  "just",
  "мне",
  "уже",
  "лет",
  "год",
  "года",
  "году",
  "годиков",
  "исполнилось",
  "возраст",
  "мой",
  "ровно",
  "полных",
  "мен",
  "маган",
  "менин",
  "жасым",
  "жас",
  "жаста",
  "жастамын",
  "жаспын",
  "жасар",
  "толды",
  "толган",
  "болды",
  "да",
  "та",
  "дамын",
  "тамын",
  "гой",
  // "19 жасқа толдым"; Kazakh and Russian typed in Latin letters: "mne 26", "zhasym 19", "19 jasta".
  "жаска",
  "толдым",
  "mne",
  "let",
  "god",
  "goda",
  "uzhe",
  "zhasym",
  "jasym",
  "zhas",
  "jas",
  "zhasta",
  "jasta",
  "zhastamyn",
  "jastamyn",
  "zhaspyn",
  "jaspyn",
  "toldy",
  "toldym",
]);
const DATE_WORDS = new Set([
  "born",
  "on",
  "the",
  "of",
  "in",
  "i",
  "was",
  "im",
  "am",
  "my",
  "birthday",
  "date",
  "birth",
  "st",
  "nd",
  "rd",
  "th",
  "я",
  // "я родился в 2001"
  "в",
  "во",
  "родился",
  "родилась",
  "рождения",
  "дата",
  "моя",
  "года",
  "году",
  "год",
  "г",
  // "2007 г.р." (года рождения).
  "р",
  "гр",
  "мен",
  "туганмын",
  // "1959 жылы тугамын": the н dropped, as typed quickly; "туылдым", "туылганмын" as some write it
  "тугамын",
  // Kazakh in Latin letters: "1959 jyly tugamyn"
  ...["jyly", "zhyly", "tugamyn", "tuganmyn", "tudym", "tuyldym"],
  "туылдым",
  "туылганмын",
  "тудым",
  "туган",
  "кунм",
  "куним",
  "жылы",
  "жылгы",
  "жыл",
  "ж",
  "туылганмын",
  "туылдым",
]);

// Folded as a yes/no reply is (foldReply), with a number split off the word glued to it ("26лет", "17жаста").
function foldWords(text: string): string[] {
  return foldReply(text.replace(/(\d)([^\d\s./-])/gu, "$1 $2"))
    .split(" ")
    .filter(Boolean);
}

function parseDate(text: string, today: Date): Ymd | null | "invalid" {
  const numeric = /(?:^|\s)(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})(?=\s|$)/.exec(text);
  if (numeric) {
    const rest = foldWords(text.replace(numeric[0], " "));
    if (!rest.every((w) => DATE_WORDS.has(w))) return null;
    const [a, b, c] = [numeric[1]!, numeric[2]!, numeric[3]!];
    if (a.length === 4 && c.length <= 2) return checked(Number(a), Number(b), Number(c));
    if (c.length === 4 && a.length <= 2) return checked(Number(c), Number(b), Number(a));
    // "01.05.99": a two-digit year is the latest such year that is not in the future.
    if (c.length === 2 && a.length <= 2) {
      const now = today.getUTCFullYear();
      const year = now - (((((now % 100) - Number(c)) % 100) + 100) % 100);
      return checked(year, Number(b), Number(a));
    }
    return null;
  }
  const words = foldWords(text);
  let month: number | undefined;
  const numbers: string[] = [];
  for (const w of words) {
    if (/^\d+$/.test(w)) numbers.push(w);
    else if (month === undefined && monthOf(w) !== undefined) month = monthOf(w);
    else if (!DATE_WORDS.has(w)) return null;
  }
  const year = numbers.find((n) => n.length === 4);
  const day = numbers.find((n) => n.length <= 2);
  if (month === undefined || !year || !day || numbers.length !== 2) return null;
  return checked(Number(year), month, Number(day));
}

/** The one number among words that are otherwise all `allowed` ("мне 26 лет", "15 жыл тұрдым"), or null. */
export function soleNumberAmong(
  words: readonly string[],
  allowed: ReadonlySet<string>,
  maxDigits: number,
): number | null {
  const numbers = words.filter((w) => /^\d+$/.test(w));
  if (numbers.length !== 1 || numbers[0]!.length > maxDigits) return null;
  return words.every((w) => w === numbers[0] || allowed.has(w)) ? Number(numbers[0]) : null;
}

function birthYearOnly(text: string, today: Date): number | null {
  const year = soleNumberAmong(foldWords(text), DATE_WORDS, 4);
  return year !== null && year >= 1900 && year <= today.getUTCFullYear() ? year : null;
}

/**
 * The age to go on when a birth year alone settles whether someone is at least `min` years old on `today`: the
 * younger of the two ages it allows when both reach `min`, the older when neither does; undefined when the birthday
 * decides (born in 2001, 25 on 7 Dec 2026 or not) or the age is not a real one. Asking "1990"'s full date to check
 * an age of 25 was a question too many (walkthrough 12).
 */
export function ageSettledByYear(year: number, today: Date, min: number): number | undefined {
  const older = today.getUTCFullYear() - year;
  const younger = older - 1;
  if (younger < MIN_PLAUSIBLE_AGE || older > MAX_PLAUSIBLE_AGE) return undefined;
  if (younger >= min) return younger;
  if (older < min) return older;
  return undefined;
}

function parseAge(text: string): number | null {
  const signed = /^\s*([+-]\d{1,6})\s*$/.exec(text);
  if (signed) return Number(signed[1]);
  const age = soleNumberAmong(withNumberWords(foldWords(text)), AGE_WORDS, 6);
  if (age !== null) return age;
  // "мне 19, я студент": the age in the first clause, and something about the voter after it.
  const clause = /^([^,;!?]+)[,;!]\s*\S/u.exec(text);
  return clause ? soleNumberAmong(withNumberWords(foldWords(clause[1]!)), AGE_WORDS, 6) : null;
}

/**
 * An age a question states in a clause of its own ("Мне 24 года, могу ли я баллотироваться?", "I'm 17, can I vote?",
 * "24 жастамын, Құрылтайға түсе аламын ба"), or undefined. Only a clause made of the age and its words counts: "I have
 * lived here 10 years" states a residence, not an age.
 */
export function statedAge(text: string): number | undefined {
  for (const clause of text.split(/[,;.!?\n]/u)) {
    const age = soleNumberAmong(withNumberWords(foldWords(clause)), AGE_WORDS, 3);
    if (age !== null && age >= MIN_PLAUSIBLE_AGE && age <= MAX_PLAUSIBLE_AGE) return age;
  }
  return undefined;
}

// An age as people write it ("25", "мне 26", "26 жастамын", "I'm 24", "24 years old", "twenty-four") or a date of birth
// ("14.05.1990", "1990-05-14", "1 мая 1999", "1 мамыр 1999", "May 1, 1999").
export function parseAgeInput(raw: string, today: Date): AgeInput {
  const text = raw.trim();
  const date = parseDate(text, today);
  if (date === "invalid") return { ok: false, error: "format" };
  if (date === null) {
    // "1999", "1999 года рождения", "born in 1999": a year alone leaves the age a year open, so the full date is asked.
    const year = birthYearOnly(text, today);
    if (year !== null) return { ok: false, error: "year", year };
    const age = parseAge(text);
    if (age === null) return { ok: false, error: "format" };
    return age >= MIN_PLAUSIBLE_AGE && age <= MAX_PLAUSIBLE_AGE ? { ok: true, age } : { ok: false, error: "range" };
  }
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (Date.UTC(date.year, date.month - 1, date.day) > todayUtc) return { ok: false, error: "future" };
  const age = ageOn(date, today);
  return age <= MAX_PLAUSIBLE_AGE ? { ok: true, age, birth: date } : { ok: false, error: "range" };
}
