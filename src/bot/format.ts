import type { Lang } from "../knowledge/schema.js";

const DATE_LOCALES: Record<Lang, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

// Building an Intl.DateTimeFormat costs more than answering a question; keep one per language.
const FORMATS = new Map<Lang, Intl.DateTimeFormat>();

export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  let format = FORMATS.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[lang], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    FORMATS.set(lang, format);
  }
  return format.format(date);
}
