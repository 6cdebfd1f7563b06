import { describe, expect, it } from "vitest";
import { formatAsOf, formatDay, formatEventDate } from "../../src/calendar/format.js";

describe("formatEventDate", () => {
  it.each([
    ["en", "2023-03-19", undefined, "19 March 2023"],
    ["ru", "2023-03-19", undefined, "19 марта 2023 г."],
    ["kk", "2023-03-19", undefined, "2023 жылғы 19 наурыз"],
    ["en", "2023-02-08", "18:00", "8 February 2023, 18:00"],
    ["ru", "2023-02-08", "18:00", "8 февраля 2023 г., 18:00"],
    ["kk", "2023-02-08", "18:00", "2023 жылғы 8 ақпан, 18:00"],
  ] as const)("%s %s %s → %s", (lang, date, time, expected) => {
    expect(formatEventDate(date, time, lang)).toBe(expected);
  });

  it("does not shift the day with the machine's time zone", () => {
    expect(formatEventDate("2023-01-01", undefined, "en")).toBe("1 January 2023");
    expect(formatEventDate("2023-12-31", undefined, "en")).toBe("31 December 2023");
  });
});

describe("formatDay", () => {
  const intl = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" } as const;
  it.each(["kk", "ru", "en"] as const)("writes every month of the year as Intl.DateTimeFormat does in %s", (lang) => {
    const reference = new Intl.DateTimeFormat(intl[lang], {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 9, 28]) {
        const iso = `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        // Intl abbreviates the Kazakh year ("2026 ж."); the bot writes it out, as prose does ("2026 жылғы").
        const expected = reference.format(new Date(`${iso}T00:00:00Z`)).replace(/^(\d{4}) ж\./, "$1 жылғы");
        expect(formatDay(iso, lang)).toBe(expected);
      }
    }
  });
});

describe("formatAsOf", () => {
  it.each([
    ["kk", "2023-03-27", "2023 жылғы 27 наурыздағы"],
    ["kk", "2026-04-01", "2026 жылғы 1 сәуірдегі"],
    ["kk", "2026-07-01", "2026 жылғы 1 шілдедегі"],
    ["kk", "2022-09-16", "2022 жылғы 16 қыркүйектегі"],
    ["ru", "2023-03-27", "27 марта 2023 г."],
    ["en", "2023-03-27", "27 March 2023"],
  ] as const)("%s %s → %s", (lang, iso, expected) => {
    expect(formatAsOf(iso, lang)).toBe(expected);
  });

  it("has an attributive month for every month in Kazakh", () => {
    for (let month = 1; month <= 12; month++) {
      expect(formatAsOf(`2026-${String(month).padStart(2, "0")}-05`, "kk")).toMatch(
        /^2026 жылғы 5 \p{L}+(дағы|дегі|тағы|тегі)$/u,
      );
    }
  });
});
