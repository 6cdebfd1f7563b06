import { describe, expect, it } from "vitest";
import { formatEventDate } from "../../src/calendar/format.js";

describe("formatEventDate", () => {
  it.each([
    ["en", "2023-03-19", undefined, "19 March 2023"],
    ["ru", "2023-03-19", undefined, "19 марта 2023 г."],
    ["kk", "2023-03-19", undefined, "2023 ж. 19 наурыз"],
    ["en", "2023-02-08", "18:00", "8 February 2023, 18:00"],
    ["ru", "2023-02-08", "18:00", "8 февраля 2023 г., 18:00"],
    ["kk", "2023-02-08", "18:00", "2023 ж. 8 ақпан, 18:00"],
  ] as const)("%s %s %s → %s", (lang, date, time, expected) => {
    expect(formatEventDate(date, time, lang)).toBe(expected);
  });

  it("does not shift the day with the machine's time zone", () => {
    expect(formatEventDate("2023-01-01", undefined, "en")).toBe("1 January 2023");
    expect(formatEventDate("2023-12-31", undefined, "en")).toBe("31 December 2023");
  });
});
