import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import {
  checkLocales,
  createI18n,
  escapeHtml,
  LocaleError,
  langFromTelegram,
  missingLocaleKeys,
  readLocale,
} from "../src/i18n.js";
import { LANGS } from "../src/knowledge/schema.js";

function flatten(obj: Record<string, unknown>, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === "object") for (const [kk, vv] of flatten(v as Record<string, unknown>, key)) out.set(kk, vv);
    else out.set(key, String(v));
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

// A key with plural forms has the forms its language needs (Russian has _few and _many, English and Kazakh do not).
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL, "");

describe("locales", () => {
  const locales = Object.fromEntries(LANGS.map((l) => [l, flatten(readLocale(l))]));
  const allKeys = new Set(LANGS.flatMap((l) => [...locales[l]!.keys()]));
  const forms = (lang: string, base: string) =>
    [...locales[lang]!.entries()].filter(([k]) => baseKey(k) === base).map(([, v]) => v);

  it.each(LANGS)("%s has every key, none empty", (lang) => {
    const missing = [...new Set([...allKeys].map(baseKey))].filter((base) => {
      const values = forms(lang, base);
      return values.length === 0 || values.some((v) => !v.trim());
    });
    expect(missing).toEqual([]);
  });

  it.each(LANGS)("%s gives every plural key its _other form", (lang) => {
    const plural = [...new Set([...locales[lang]!.keys()].filter((k) => PLURAL.test(k)).map(baseKey))];
    expect(plural.filter((base) => !locales[lang]!.has(`${base}_other`))).toEqual([]);
  });

  // A flow cites its sources in parentheses ("… (Ministry of Foreign Affairs — The Astana Times, 11 Mar 2023 [1])"),
  // so a source's title opens none of its own.
  it.each(LANGS)("%s names the flows' sources without parentheses of their own", (lang) => {
    const nested = [...locales[lang]!.entries()].filter(([k, v]) => k.startsWith("flow.source.") && v.includes(" ("));
    expect(nested).toEqual([]);
  });

  it("uses the same placeholders in every language", () => {
    const drift = [...new Set([...allKeys].map(baseKey))].filter(
      (base) => new Set(LANGS.map((l) => [...new Set(forms(l, base).flatMap(placeholders))].sort().join(","))).size > 1,
    );
    expect(drift).toEqual([]);
  });

  it("translates every key with and without options as i18next's own getFixedT does", () => {
    const reference = i18next.createInstance();
    void reference.init({
      initAsync: false,
      resources: Object.fromEntries(LANGS.map((l) => [l, { translation: readLocale(l) }])),
      fallbackLng: false,
      returnNull: false,
      interpolation: { escape: escapeHtml },
    });
    const values = {
      name: "<b>Ә & B</b>",
      title: "T",
      page: 2,
      pages: 3,
      count: 2,
      min: 25,
      office: "X",
      reason: "R",
      button: "B",
      language: "L",
      date: "D",
      source: "S",
      n: 4,
    };
    const differ = LANGS.flatMap((lang) => {
      const ours = createI18n()(lang);
      const theirs = reference.getFixedT(lang);
      return [...allKeys, "no.such.key"].flatMap((key) =>
        [
          undefined,
          values,
          { ...values, interpolation: { escapeValue: false } },
          { lng: LANGS.find((l) => l !== lang) },
        ]
          .filter((options) =>
            options === undefined ? ours(key) !== theirs(key) : ours(key, options) !== theirs(key, options),
          )
          .map((options) => `${lang} ${key} ${JSON.stringify(options)}`),
      );
    });
    expect(allKeys.size).toBeGreaterThan(100);
    expect(differ).toEqual([]);
  });

  it("escapes interpolated values for Telegram HTML", () => {
    expect(createI18n()("en")("start.greeting", { name: "<b>&" })).toContain("&lt;b&gt;&amp;");
  });
});

describe("langFromTelegram", () => {
  it.each([
    ["kk", "kk"],
    ["ru", "ru"],
    ["uz", "ru"],
    ["be-BY", "ru"],
    ["en-US", "en"],
    ["de", "en"],
    [undefined, "en"],
  ])("%s → %s", (code, lang) => expect(langFromTelegram(code)).toBe(lang));
});

describe("the locales checked at start-up", () => {
  const dirWith = (files: Partial<Record<string, string>>) => {
    const dir = `${mkdtempSync(join(tmpdir(), "saylau-locales-"))}/`;
    for (const lang of LANGS)
      writeFileSync(`${dir}${lang}.json`, files[lang] ?? readFileSync(`locales/${lang}.json`, "utf8"));
    return dir;
  };

  it("pass for the project's own files", () => {
    expect(() => checkLocales()).not.toThrow();
  });

  it("name the file and the key a language lacks (a user would see the bare key)", () => {
    const kk = JSON.parse(readFileSync("locales/kk.json", "utf8"));
    delete kk.start.greeting;
    kk.help.text = " ";
    const dir = dirWith({ kk: JSON.stringify(kk) });
    expect(missingLocaleKeys(dir)).toEqual({ kk: ["help.text", "start.greeting"] });
    expect(() => checkLocales(dir)).toThrow(/^locales\/kk\.json lacks help\.text, start\.greeting$/);
  });

  it("name the file that is not JSON, without a stack of parser internals", () => {
    const dir = dirWith({ ru: '{ "start": ' });
    expect(() => checkLocales(dir)).toThrow(LocaleError);
    expect(() => checkLocales(dir)).toThrow(/^locales\/ru\.json cannot be read: /);
  });
});
