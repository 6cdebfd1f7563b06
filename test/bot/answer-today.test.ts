import { describe, expect, it } from "vitest";
import { todayPreface } from "../../src/bot/answer-today.js";
import { formatDay } from "../../src/calendar/format.js";
import { loadCalendars } from "../../src/calendar/load.js";
import { parseInstant } from "../../src/clock.js";
import { createI18n } from "../../src/i18n.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { Lang } from "../../src/knowledge/schema.js";
import { testChat } from "../helpers/harness.js";

const tFor = createI18n();
const kb = loadKnowledge();
const calendars = loadCalendars();

describe("'when is the election' by the bot's clock", () => {
  it.each([
    [
      "en",
      "when is the next election",
      /Today is 4 December 2026\. The most recent election in the bot's calendar: the Kurultai election, which was set for 23 August 2026 .*no verified source.*election\.gov\.kz/s,
    ],
    [
      "ru",
      "когда следующие выборы",
      /Сегодня 4 декабря 2026 г\..*выборы депутатов Курултая, назначенные на 23 августа 2026 г\..*нет проверенного источника.*election\.gov\.kz/s,
    ],
    [
      "kk",
      "келеси сайлау кашан болады",
      /Бүгін — 2026 жылғы 4 желтоқсан\..*2026 жылғы 23 тамыз күніне белгіленген Құрылтай депутаттарының сайлауы.*тексерілген дереккөзі жоқ.*election\.gov\.kz/s,
    ],
    ["kk", "сайлау кай кунi", /Бүгін — 2026 жылғы 4 желтоқсан\..*Құрылтай/s],
  ])(
    "today (%s) «%s» names the Kurultai election, says there is no verified result and points to the CEC",
    async (lang, q, expected) => {
      const chat = testChat({ lang, deps: { now: () => parseInstant("2026-12-04T12:00")! } });
      // The chat shows the reply as plain text (links as "title (url)").
      const [reply] = await chat.send(q);
      expect(reply?.text).toMatch(expected);
    },
  );

  it.each([
    [
      "2023-03-01",
      "en",
      /Today is 1 March 2023\. The next election in the bot's calendar: the Mazhilis and maslikhat elections, on 19 March 2023, in 18 days\./,
    ],
    ["2023-03-18", "en", /on 19 March 2023, tomorrow\./],
    ["2023-03-19", "ru", /Сегодня день выборов: выборы в Мажилис и маслихаты\./],
    ["2023-03-17", "ru", /через 2 дня\./],
    ["2023-02-24", "ru", /через 23 дня\./],
    ["2023-02-14", "ru", /через 33 дня\./],
    ["2023-02-28", "ru", /через 19 дней\./],
    ["2023-02-26", "ru", /через 21 день\./],
  ])("on %s (%s) it speaks of the 2023 elections as ahead or today", async (day, lang, expected) => {
    const chat = testChat({ lang, deps: { now: () => parseInstant(day)! } });
    const [reply] = await chat.send(lang === "ru" ? "когда следующие выборы" : "when is the next election");
    // The calendar's paragraph, before the entry's own title: nothing in it of an election not yet known that day.
    const preface = reply?.text.split("\n\n")[0];
    expect(preface).toMatch(expected);
    expect(preface).not.toMatch(/Kurultai|Курулта/);
  });

  // Walkthrough 12: the Kurultai's day comes from one report (confidence: medium), and is said with its name.
  it.each([
    ["2026-08-23", "en", /Today is election day, according to The Times of Central Asia.*: the Kurultai election\./],
    ["2026-08-01", "ru", /23 августа 2026 г\. \(по данным The Times of Central Asia.*\) — через 22 дня\./],
  ])("on %s (%s) it gives the Kurultai's day with the report it comes from", async (day, lang, expected) => {
    const chat = testChat({ lang, deps: { now: () => parseInstant(day)! } });
    const [reply] = await chat.send(lang === "ru" ? "когда следующие выборы" : "when is the next election");
    expect(reply?.text.split("\n\n")[0]).toMatch(expected);
  });

  it.each([
    ["en", "when is the next election", "Earlier: the Mazhilis and maslikhat elections — 19 March 2023."],
    ["ru", "когда выборы", "Ранее: выборы в Мажилис и маслихаты — 19 марта 2023 г."],
    ["kk", "сайлау қашан", "Бұған дейін: Мәжіліс пен мәслихат депутаттарының сайлауы — 2023 жылғы 19 наурыз."],
  ])("today (%s) also gives the 2023 elections as history", async (lang, q, earlier) => {
    const chat = testChat({ lang, deps: { now: () => parseInstant("2026-12-04T12:00")! } });
    const [reply] = await chat.send(q);
    expect(reply?.text.split("\n\n")[0]).toContain(earlier);
  });

  it("after the 2023 elections (and before 2026 was known) says they were held and offers their results", async () => {
    const chat = testChat({ lang: "en", deps: { now: () => parseInstant("2023-04-01")! } });
    const [reply] = await chat.send("when is the next election");
    expect(reply?.text).toMatch(/the Mazhilis and maslikhat elections, held on 19 March 2023\./);
    expect(reply?.buttons[0]).toMatchObject({ text: "📊 Results", data: "a:results-2023" });
  });
});

// Walkthrough 15: "who won the election?" got the 2023 results without a word of the Kurultai election since.
describe("the 2023 results asked in December 2026", () => {
  it.each<[Lang, string]>([
    ["en", "who won the election?"],
    ["ru", "сколько мест у AMANAT?"],
    ["kk", "сайлауда қай партия бірінші болды"],
  ])("open with the line that they are history and a button to the Kurultai's results (%s: %j)", async (lang, q) => {
    const chat = testChat({ lang, deps: { now: () => parseInstant("2026-12-04")! } });
    const [reply] = await chat.send(q);
    expect(reply?.text.split("\n")[0]).toContain("🕰");
    expect(reply?.buttons[0]?.data).toBe("a:kurultai-results");
  });
});

describe("an answer that a later change made history", () => {
  const entry = { ...kb.byId.get("what-mazhilis")!, supersededBy: { entry: "kurultai", since: "2026-07-01" } };
  const today = (day: string) => ({ now: parseInstant(day)!, calendars });

  it.each<[Lang, RegExp]>([
    [
      "en",
      /^<i>🕰 History: this is about the time before 1 July 2026\. For what applies now, see “The Kurultai, the new single-chamber parliament”\.<\/i>$/,
    ],
    [
      "ru",
      /^<i>🕰 История: это сведения о периоде до 1 июля 2026 г\. О том, что действует сейчас, см\. «Курултай — новый однопалатный парламент»\.<\/i>$/,
    ],
    [
      "kk",
      /^<i>🕰 Тарих: бұл 2026 жылғы 1 шілде күніне дейінгі кезең туралы\. Қазір не қолданылатынын «Құрылтай — жаңа бір палаталы парламент» жауабынан қараңыз\.<\/i>$/,
    ],
  ])("opens with one sentence saying so from that day on (%s), and a button to what replaced it", (lang, expected) => {
    const preface = todayPreface(entry, lang, tFor(lang), kb, today("2026-12-04"));
    expect(preface.text).toMatch(expected);
    expect(preface.buttons).toEqual([{ text: kb.byId.get("kurultai")!.title[lang], data: "a:kurultai" }]);
  });

  it("says nothing of it before that day", () => {
    const preface = todayPreface(entry, "en", tFor("en"), kb, today("2026-06-30"));
    expect(preface.buttons).toEqual([]);
    expect(preface.text ?? "").not.toContain("History");
  });

  it.each<Lang>(["kk", "ru", "en"])(
    "has one button for what replaced it, even when the entry also lists it as related (%s)",
    async (lang) => {
      expect(kb.byId.get("what-mazhilis")!.related).toContain("kurultai");
      const chat = testChat({ lang, deps: { now: () => parseInstant("2026-12-04")! } });
      await chat.press({ text: "", data: "a:what-mazhilis", messageId: 1 });
      const data = chat.lastButtons.map((b) => b.data).filter(Boolean);
      expect(data[0]).toBe("a:kurultai");
      expect(new Set(data).size).toBe(data.length);
    },
  );

  it("is how the knowledge marks the Mazhilis rules: the history line first, then a button to the Kurultai's", async () => {
    const chat = testChat({ lang: "en", deps: { now: () => parseInstant("2026-12-04")! } });
    const [reply] = await chat.send("what was the threshold for the mazhilis");
    expect(reply?.text).toMatch(
      /^🕰 History: this is about the time before 1 July 2026\. For what applies now, see “How the Kurultai is elected”\.\n\n/,
    );
    expect(reply?.buttons[0]).toMatchObject({ data: "a:kurultai-electoral-system" });
  });
});

// Walkthrough 12: a preview of 1 March 2023 (BOT_NOW) answered about the Kurultai as if it were known that day.
describe("an answer dated after the bot's day (a preview)", () => {
  const kurultai = kb.byId.get("kurultai")!;
  const today = (day: string) => ({ now: parseInstant(day)!, calendars });
  it.each<Lang>(["kk", "ru", "en"])("says so above it (%s), and never on a day after its date", (lang) => {
    const t = tFor(lang);
    const note = (day: string) =>
      t("today.laterThanToday", {
        asOf: formatDay(kurultai.asOf, lang),
        today: formatDay(day, lang),
        interpolation: { escapeValue: false },
      });
    expect(todayPreface(kurultai, lang, t, kb, today("2023-03-01")).text).toContain(note("2023-03-01"));
    expect(todayPreface(kurultai, lang, t, kb, today("2026-12-07")).text).toBeUndefined();
  });
});
