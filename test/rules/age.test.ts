import { describe, expect, it } from "vitest";
import { ageOn, ageSettledByYear, birthdayOfAge, parseAgeInput, statedAge } from "../../src/rules/age.js";

const today = new Date("2026-03-15T10:00:00Z");

describe("parseAgeInput", () => {
  it.each([
    ["25", 25],
    [" 19 ", 19],
    ["20 years", 20],
    ["24 жас", 24],
    ["10", 10],
    ["120", 120],
  ])("reads %j as age %i", (text, age) => expect(parseAgeInput(text, today)).toEqual({ ok: true, age }));

  it.each([
    ["abc", "format"],
    ["", "format"],
    ["a lot", "format"],
    ["31.02.1990", "format"],
    ["-5", "range"],
    ["0", "range"],
    // a key or a button's number, not an age (walkthrough 10)
    ["1", "range"],
    ["9", "range"],
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
  ])("turns the date of birth %s into age %i on 15 March 2026", (text, age) =>
    expect(parseAgeInput(text, today)).toMatchObject({ ok: true, age, birth: expect.any(Object) }),
  );
});

describe("ageOn", () => {
  it.each([
    [{ year: 2000, month: 2, day: 29 }, "2025-02-28", 24],
    [{ year: 2000, month: 2, day: 29 }, "2025-03-01", 25],
    [{ year: 2000, month: 12, day: 31 }, "2025-12-30", 24],
    [{ year: 2000, month: 12, day: 31 }, "2025-12-31", 25],
  ])("%o is %i on %s", (birth, on, age) => expect(ageOn(birth, new Date(`${on}T00:00:00Z`))).toBe(age));
});

describe("parseAgeInput reads ages and dates of birth as people write them", () => {
  it.each([
    // kk
    ["26 жастамын", 26],
    ["жасым 26", 26],
    ["менің жасым 26", 26],
    ["26 жаста", 26],
    ["26-да", 26],
    ["маған 26 толды", 26],
    ["26 жастамын ғой", 26],
    ["19 жасқа толдым", 19],
    // kk and ru in Latin letters, and an age with more about the voter after it (walkthrough 9)
    ["zhasym 19", 19],
    ["19 jasta", 19],
    ["mne 26", 26],
    ["мне 19, я студент", 19],
    ["I'm 24, a student", 24],
    // ru
    ["мне 26", 26],
    ["26 лет", 26],
    ["мне 26 лет", 26],
    ["мне уже 30 лет", 30],
    ["21 год", 21],
    // en
    ["I'm 24", 24],
    ["I am 24", 24],
    ["24 years old", 24],
    ["I’m 24 years old", 24],
    ["24yo", 24],
    ["age 40", 40],
    // in words
    ["I'm twenty-four", 24],
    ["twenty four years old", 24],
    ["eighteen", 18],
    ["сто один", 101],
    ["мне двадцать шесть лет", 26],
    ["восемнадцать", 18],
    ["сорок один год", 41],
    ["жиырма төрт жастамын", 24],
    ["жасым он сегіз", 18],
    ["отыз", 30],
  ])("reads %j as age %i", (text, age) => expect(parseAgeInput(text, today)).toEqual({ ok: true, age }));

  it.each([
    ["01.05.1999", 26],
    ["1999-05-01", 26],
    ["1 мая 1999", 26],
    ["1 мая 1999 года", 26],
    ["родился 1 мая 1999", 26],
    ["1 мамыр 1999", 26],
    ["1999 жылы 1 мамырда туғанмын", 26],
    ["1 May 1999", 26],
    ["May 1, 1999", 26],
    ["born on the 1st of May 1999", 26],
    ["15 марта 2001", 25],
    ["16 наурыз 2001", 24],
    ["16 March 2001", 24],
    ["01.05.99", 26],
    ["1.5.01", 24],
  ])("reads the date of birth %j as age %i on 15 March 2026", (text, age) =>
    expect(parseAgeInput(text, today)).toMatchObject({ ok: true, age, birth: expect.any(Object) }),
  );

  it.each([
    ["мне 26 или 27", "format"],
    ["twenty four five", "format"],
    ["мне 20 два", "format"],
    ["25 30", "format"],
    ["my brother is 30", "format"],
    ["31 февраля 1999", "format"],
    ["1 мая", "format"],
    ["мне 300 лет", "range"],
    ["my brother is 30, I am 20", "format"],
    ["2031", "range"],
    ["1 мая 2030", "future"],
  ])("rejects %j with a %s hint", (text, error) => expect(parseAgeInput(text, today)).toEqual({ ok: false, error }));

  it.each([
    ["1990", 1990],
    ["1999 года рождения", 1999],
    ["2007 г.р.", 2007],
    ["1999 жылы туғанмын", 1999],
    // walkthrough 16: the н dropped, and "туылдым"
    ["1959 жылы тугамын", 1959],
    ["1959 жылы туылдым", 1959],
    // walkthrough 17: in Latin letters
    ["1959 jyly tugamyn", 1959],
    ["born in 1999", 1999],
    // walkthrough 14
    ["я родился в 2001", 2001],
    ["я родилась в 2001 году", 2001],
  ])("reads %j as a birth year alone", (text, year) =>
    expect(parseAgeInput(text, today)).toEqual({ ok: false, error: "year", year }),
  );
});

// On 15 March 2026 someone born in 2001 is 24 or 25, whichever side of their birthday the day falls.
describe("ageSettledByYear", () => {
  it.each([
    [1990, 25, 35],
    [2001, 20, 24],
    [2001, 25, undefined],
    [2001, 26, 25],
    [2008, 18, undefined],
    [2012, 18, 14],
    [2026, 18, undefined],
    [1900, 18, undefined],
  ])("born in %i, at least %i: %s", (year, min, age) => expect(ageSettledByYear(year, today, min)).toBe(age));
});

describe("birthdayOfAge", () => {
  it.each([
    [{ year: 2009, month: 5, day: 1 }, 18, "2027-05-01"],
    [{ year: 2008, month: 12, day: 31 }, 18, "2026-12-31"],
    [{ year: 2008, month: 2, day: 29 }, 18, "2026-03-01"],
    [{ year: 2008, month: 2, day: 29 }, 20, "2028-02-29"],
  ])("someone born %j is %i on %s", (birth, years, day) => {
    expect(birthdayOfAge(birth, years)).toBe(day);
    const on = new Date(`${day}T00:00:00Z`);
    expect(ageOn(birth, on)).toBe(years);
    expect(ageOn(birth, new Date(on.getTime() - 86_400_000))).toBe(years - 1);
  });
});

describe("statedAge", () => {
  it.each<[string, number | undefined]>([
    ["Мне 24 года, могу ли я баллотироваться в Курултай?", 24],
    ["мне 17, могу ли я голосовать", 17],
    ["I'm 45, can I run for president?", 45],
    ["I am 19 years old. Can I vote?", 19],
    ["24 жастамын, құрылтайға кандидат бола аламын ба", 24],
    ["жасым 30, мәслихатқа түсе аламын ба", 30],
    // a residence, a year, a count: no age
    ["I have lived here 10 years, can I run for the kurultai?", undefined],
    ["10 жыл тұрдым, кандидат бола аламын ба", undefined],
    ["могу ли я голосовать в 2026", undefined],
    ["сколько мест в курултае, 145?", undefined],
    ["мне 5, можно голосовать?", undefined],
  ])("%j states %s", (text, age) => {
    expect(statedAge(text)).toBe(age);
  });
});
