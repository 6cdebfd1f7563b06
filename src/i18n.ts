import { readFileSync } from "node:fs";
import i18next, { type i18n as I18n, type TFunction } from "i18next";
import { LANGS, type Lang } from "./knowledge/schema.js";
import { PROJECT_ROOT } from "./paths.js";

export type { TFunction } from "i18next";

export const LOCALES_DIR = `${PROJECT_ROOT}locales/`;
export const DEFAULT_LANG: Lang = "en";
const CIS_LANGUAGES = new Set(["ru", "be", "uk", "uz", "ky", "tg", "hy", "az", "tk", "ka", "ro"]);

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A locale file that cannot be read or lacks keys: the bot does not start, and the message names the file. */
export class LocaleError extends Error {
  override name = "LocaleError";
}

export function readLocale(lang: Lang, dir = LOCALES_DIR): Record<string, unknown> {
  const file = `${dir}${lang}.json`;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (err) {
    throw new LocaleError(`locales/${lang}.json cannot be read: ${(err as Error).message}`);
  }
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leafKeys(obj: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return v && typeof v === "object"
      ? leafKeys(v as Record<string, unknown>, key)
      : typeof v === "string" && v.trim()
        ? [key]
        : [];
  });
}

/**
 * The keys some language has and another lacks (or leaves empty), per language. Plural forms count as one key:
 * Russian needs _few and _many where Kazakh and English do not. A user would otherwise see "start.greeting".
 */
export function missingLocaleKeys(dir = LOCALES_DIR): Partial<Record<Lang, string[]>> {
  const keys = Object.fromEntries(
    LANGS.map((l) => [l, new Set(leafKeys(readLocale(l, dir)).map((k) => k.replace(PLURAL, "")))]),
  ) as Record<Lang, Set<string>>;
  const all = new Set(LANGS.flatMap((l) => [...keys[l]]));
  const missing: Partial<Record<Lang, string[]>> = {};
  for (const l of LANGS) {
    const lacking = [...all].filter((k) => !keys[l].has(k)).sort();
    if (lacking.length > 0) missing[l] = lacking;
  }
  return missing;
}

/** Throws a LocaleError naming each file and its missing keys; run at start-up and by kb:check. */
export function checkLocales(dir = LOCALES_DIR): void {
  const missing = Object.entries(missingLocaleKeys(dir));
  if (missing.length > 0)
    throw new LocaleError(missing.map(([l, k]) => `locales/${l}.json lacks ${k.join(", ")}`).join("; "));
}

const instances = new Map<string, (lang: Lang) => TFunction>();

/** One i18next instance per locales folder, shared by every caller: the resources never change at run time. */
export function createI18n(dir = LOCALES_DIR): (lang: Lang) => TFunction {
  let tFor = instances.get(dir);
  if (!tFor) {
    tFor = buildI18n(dir);
    instances.set(dir, tFor);
  }
  return tFor;
}

const languages = new WeakMap<TFunction, Lang>();

/** The language a t of createI18n speaks: for what is built from t alone, such as a legal text's link. */
export function langOf(t: TFunction): Lang {
  return languages.get(t) ?? DEFAULT_LANG;
}

function buildI18n(dir: string): (lang: Lang) => TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    resources: Object.fromEntries(LANGS.map((l) => [l, { translation: readLocale(l, dir) }])),
    lng: DEFAULT_LANG,
    fallbackLng: false,
    returnNull: false,
    interpolation: { escape: escapeHtml },
  });
  const fixed = new Map(LANGS.map((l) => [l, fastT(instance, l)] as const));
  for (const [lang, t] of fixed) languages.set(t, lang);
  return (lang: Lang): TFunction => fixed.get(lang)!;
}

/**
 * getFixedT(lang), faster. Resources never change at run time, so a key asked for without options always gives the
 * same string and is remembered (i18next's lookup was a tenth of the cost of a plain command like /help). A key with
 * options goes to the instance's own t with the language added: getFixedT copies every option of the instance on
 * each call, ~25 µs, a tenth of a /start.
 */
function fastT(instance: I18n, lang: Lang): TFunction {
  const fixed = instance.getFixedT(lang);
  const cache = new Map<string, string>();
  return ((key: unknown, ...rest: unknown[]) => {
    const [options] = rest;
    if (
      rest.length === 1 &&
      typeof key === "string" &&
      options !== null &&
      typeof options === "object" &&
      !("lng" in options)
    ) {
      return instance.t(key, { ...options, lng: lang });
    }
    if (rest.length > 0 || typeof key !== "string")
      return (fixed as unknown as (...args: unknown[]) => string)(key, ...rest);
    let value = cache.get(key);
    if (value === undefined) {
      value = fixed(key);
      cache.set(key, value);
    }
    return value;
  }) as unknown as TFunction;
}

export function langFromTelegram(code: string | undefined): Lang {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  if (base === "kk") return "kk";
  if (base && CIS_LANGUAGES.has(base)) return "ru";
  return "en";
}
