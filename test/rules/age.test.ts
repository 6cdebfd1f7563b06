import { describe, expect, it } from "vitest";
import { ageOn, parseAgeInput } from "../../src/rules/age.js";

const today = new Date("2026-03-15T10:00:00Z");

describe("parseAgeInput", () => {
  it.each([
    ["25", 25],
    [" 19 ", 19],
    ["20 years", 20],
    ["24 жас", 24],
    ["1", 1],
    ["120", 120],
  ])("reads %j as age %i", (text, age) => expect(parseAgeInput(text, today)).toEqual({ ok: true, age }));

  it.each([
    ["abc", "format"],
    ["", "format"],
    ["twenty", "format"],
    ["31.02.1990", "format"],
    ["1990", "range"],
    ["-5", "range"],
    ["0", "range"],
    ["300", "range"],
    ["121", "range"],
    ["16.03.2026", "future"],
    ["2030-01-01", "future"],
    ["01.01.1850", "range"],
  ])("rejects %j with a %s hint", (text, error) => expect(parseAgeInput(text, today)).toEqual({ ok: false, error }));

  it.each([
    ["15.03.2001", 25],
    ["16.03.2001", 24],
    ["14.03.2001", 25],
    ["2001-03-16", 24],
    ["15/03/2006", 20],
    ["16.3.2006", 19],
    ["15.03.2026", 0],
  ])("turns the date of birth %s into age %i on 15 March 2026", (text, age) => expect(parseAgeInput(text, today)).toEqual({ ok: true, age }));
});

describe("ageOn", () => {
  it.each([
    [{ year: 2000, month: 2, day: 29 }, "2025-02-28", 24],
    [{ year: 2000, month: 2, day: 29 }, "2025-03-01", 25],
    [{ year: 2000, month: 12, day: 31 }, "2025-12-30", 24],
    [{ year: 2000, month: 12, day: 31 }, "2025-12-31", 25],
  ])("%o is %i on %s", (birth, on, age) => expect(ageOn(birth, new Date(`${on}T00:00:00Z`))).toBe(age));
});
