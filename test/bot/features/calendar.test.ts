import { describe, expect, it } from "vitest";
import { testChat } from "../../helpers/harness.js";

const at = (iso: string) => ({ now: () => new Date(iso) });
const line = (text: string | undefined, needle: string) => text?.split("\n").find((l) => l.includes(needle));

describe("/calendar", () => {
  it("marks dates past or upcoming against the clock (1 March 2023)", async () => {
    const chat = testChat({ lang: "en", deps: at("2023-03-01T09:00:00Z") });
    const [reply] = await chat.send("/calendar");
    expect(line(reply?.text, "Election day")).toMatch(/^⏳ 19 March 2023 — Election day/);
    expect(line(reply?.text, "Nomination of candidates closed")).toMatch(/^✅ 8 February 2023, 18:00 — /);
    // Walkthrough 12: a preview of a day in 2023 listed the 2026 referendum and the Kurultai election as ahead.
    expect(reply?.text).not.toMatch(/2026|Kurultai|referendum/);
  });

  it("lists the Kurultai election from its block's first event, with its source's name", async () => {
    const chat = testChat({ lang: "en", deps: at("2026-08-01T09:00:00Z") });
    const [reply] = await chat.send("/calendar");
    expect(line(reply?.text, "Election of the Kurultai")).toMatch(
      /^⏳ 23 August 2026 — .*according to The Times of Central Asia/,
    );
  });

  it.each([
    ["en", "Election of the Kurultai", "no verified source on whether it was held"],
    ["ru", "Выборы депутатов Курултая", "проверенных данных о том, состоялись ли выборы"],
    ["kk", "Құрылтай депутаттарының сайлауы", "расталған дереккөзі жоқ"],
  ])(
    "in %s, says of a past vote with no verified results that it has none, and only of it",
    async (lang, row, note) => {
      const chat = testChat({ lang, deps: at("2026-12-04T09:00:00Z") });
      const [reply] = await chat.send("/calendar");
      // ✅ would say it was held: the date has passed, no source says so.
      expect(line(reply?.text, row)).toMatch(/^❔ /);
      expect(line(reply?.text, row)).toContain(note);
      expect(reply?.text.split(note).length).toBe(2);
      const before = await testChat({ lang, deps: at("2026-08-01T09:00:00Z") }).send("/calendar");
      expect(before[0]?.text).not.toContain(note);
    },
  );

  it("moves the marks when the clock moves", async () => {
    const chat = testChat({ lang: "en", deps: at("2023-03-19T04:00:00Z") });
    const [reply] = await chat.send("/calendar");
    expect(line(reply?.text, "Election day")).toMatch(/^🔔 /);
    expect(line(reply?.text, "Day of silence")).toMatch(/^✅ /);
    expect(line(reply?.text, "preliminary results")).toMatch(/^⏳ /);
  });

  it.each([
    ["ru", "⏳ 19 марта 2023 г. — День голосования", "✅ 8 февраля 2023 г., 18:00 — Завершилось выдвижение кандидатов"],
    ["kk", "⏳ 2023 жылғы 19 наурыз — Дауыс беру күні", "✅ 2023 жылғы 8 ақпан, 18:00 — Кандидаттарды ұсыну аяқталды"],
  ])("speaks %s with local date formats", async (lang, upcoming, past) => {
    const chat = testChat({ lang, deps: at("2023-03-01T09:00:00Z") });
    const [reply] = await chat.send("/calendar");
    expect(reply?.text).toContain(upcoming);
    expect(reply?.text).toContain(past);
  });

  it("gives a source for every date and fits in one Telegram message", async () => {
    const chat = testChat({ lang: "ru", deps: at("2026-11-22T00:00:00Z") });
    await chat.send("/calendar");
    const html = String(chat.lastCalls[0]?.payload.text);
    const dated = html.split("\n").filter((l) => /^(✅|⏳|🔔|❔) <b>/.test(l));
    expect(dated.length).toBe(14);
    expect(dated.every((l) => /<a href="https:\/\//.test(l))).toBe(true);
    expect(dated.filter((l) => !l.startsWith("✅"))).toEqual([expect.stringMatching(/^❔ <b>23 августа 2026/)]);
    expect(html.length).toBeLessThan(4096);
    expect(chat.lastCalls[0]?.payload.parse_mode).toBe("HTML");
  });

  it("opens from the main menu button", async () => {
    const chat = testChat({ lang: "en", deps: at("2023-03-01T09:00:00Z") });
    await chat.send("/start");
    const replies = await chat.press(chat.lastButtons.findIndex((b) => b.data === "m:calendar") + 1);
    expect(chat.lastCalls[0]).toMatchObject({ method: "answerCallbackQuery" });
    expect(replies[0]?.text).toContain("Election calendar");
    expect(replies[0]?.buttons.map((b) => b.data)).toEqual(["r:on", "m:main"]);
  });
});
