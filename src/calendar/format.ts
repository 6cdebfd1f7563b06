import type { Lang } from "../knowledge/schema.js";

export const DATE_LOCALES: Record<Lang, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

const formatters = new Map<Lang, Intl.DateTimeFormat>();

function formatter(lang: Lang): Intl.DateTimeFormat {
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(DATE_LOCALES[lang], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    formatters.set(lang, f);
  }
  return f;
}

export function formatEventDate(date: string, time: string | undefined, lang: Lang): string {
  const day = formatter(lang).format(new Date(`${date}T00:00:00Z`));
  return time ? `${day}, ${time}` : day;
}
