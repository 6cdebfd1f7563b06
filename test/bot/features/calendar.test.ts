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
    expect(line(reply?.text, "Election of the Kurultai")).toMatch(
      /^⏳ 23 August 2026 — .*according to The Times of Central Asia/,
    );
  });

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
    const dated = html.split("\n").filter((l) => /^(✅|⏳|🔔) <b>/.test(l));
    expect(dated.length).toBe(14);
    expect(dated.every((l) => /<a href="https:\/\//.test(l))).toBe(true);
    expect(dated.every((l) => l.startsWith("✅"))).toBe(true);
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
