import type { TFunction } from "../i18n.js";
import type { Lang } from "../knowledge/schema.js";

// Intl.DateTimeFormat gives the same text, but its locale data adds about 10 MB to the process for three month lists.
const MONTHS: Record<Lang, readonly string[]> = {
  kk: [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
  ],
  ru: [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

// "As of" in Kazakh needs the month's attributive form: "2023 жылғы 19 наурыздағы жағдай бойынша".
const KK_MONTHS_AS_OF = [
  "қаңтардағы",
  "ақпандағы",
  "наурыздағы",
  "сәуірдегі",
  "мамырдағы",
  "маусымдағы",
  "шілдедегі",
  "тамыздағы",
  "қыркүйектегі",
  "қазандағы",
  "қарашадағы",
  "желтоқсандағы",
];

const parts = (iso: string) => iso.slice(0, 10).split("-").map(Number) as [number, number, number];

/** A YYYY-MM-DD date as people write it: "2023 жылғы 19 наурыз", "19 марта 2023 г.", "19 March 2023". */
export function formatDay(iso: string, lang: Lang): string {
  const [year, month, day] = parts(iso);
  const name = MONTHS[lang][month - 1] ?? String(month);
  if (lang === "kk") return `${year} жылғы ${day} ${name}`;
  if (lang === "ru") return `${day} ${name} ${year} г.`;
  return `${day} ${name} ${year}`;
}

/** The date an answer is true for, shaped to fit the "as of" phrase of each language. */
export function formatAsOf(iso: string, lang: Lang): string {
  if (lang !== "kk") return formatDay(iso, lang);
  const [year, month, day] = parts(iso);
  return `${year} жылғы ${day} ${KK_MONTHS_AS_OF[month - 1] ?? month}`;
}

export function formatEventDate(date: string, time: string | undefined, lang: Lang): string {
  const day = formatDay(date, lang);
  return time ? `${day}, ${time}` : day;
}

/**
 * A date as the calendar may state it: one that only one report gives (confidence: medium) is said with that report's
 * name, "23 August 2026 (according to The Times of Central Asia)", in /calendar, "when is the election" and notices.
 */
export function dateAsReported(
  date: string,
  event: { confidence?: string | undefined },
  sourceHtml: string,
  t: TFunction,
): string {
  if (event.confidence !== "medium") return date;
  return `${date} (${t("calendar.accordingTo", { source: sourceHtml, interpolation: { escapeValue: false } })})`;
}
