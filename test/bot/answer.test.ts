import { describe, expect, it } from "vitest";
import { renderAnswer } from "../../src/bot/answer.js";
import { createI18n } from "../../src/i18n.js";
import { loadKnowledge } from "../../src/knowledge/load.js";

describe("renderAnswer", () => {
  const kb = loadKnowledge();
  const entry = kb.entries.find((e) => e.related.length > 0)!;
  const tFor = createI18n();

  it("hands out a keyboard of its own each time, so a caller's extra button never leaks into the next answer", () => {
    const first = renderAnswer(entry, "en", tFor("en"), kb, "saylau_bot");
    const before = JSON.stringify(first.keyboard.inline_keyboard);
    first.keyboard.text("extra", "x");
    const second = renderAnswer(entry, "en", tFor("en"), kb, "saylau_bot");
    expect(JSON.stringify(second.keyboard.inline_keyboard)).toBe(before);
    expect(second.text).toBe(first.text);
  });

  it("renders each language and bot with its own words and links", () => {
    const en = renderAnswer(entry, "en", tFor("en"), kb, "saylau_bot");
    const kk = renderAnswer(entry, "kk", tFor("kk"), kb, "saylau_bot");
    const other = renderAnswer(entry, "en", tFor("en"), kb, "other_bot");
    expect(kk.text).toContain(entry.title.kk);
    expect(en.text).toContain(entry.title.en);
    const urls = (r: typeof en) => r.keyboard.inline_keyboard.flat().flatMap((b) => ("url" in b ? [b.url] : []));
    expect(urls(en).join()).toContain("saylau_bot");
    expect(urls(other).join()).toContain("other_bot");
  });

  it.each([
    ["kk", "Конституциялық заңы", "https://adilet.zan.kz/kaz/docs/Z950002464_"],
    ["ru", "Конституционный закон", "https://adilet.zan.kz/rus/docs/Z950002464_"],
    ["en", "Constitutional Law", "https://adilet.zan.kz/eng/docs/Z950002464_"],
  ] as const)(
    "cites its sources by titles in the reader's language (%s), and a law by its page in that language",
    (lang, title, url) => {
      const whoCanVote = kb.byId.get("who-can-vote")!;
      const text = renderAnswer(whoCanVote, lang, tFor(lang), kb, "saylau_bot").text;
      expect(text).toContain(title);
      expect(text).toContain(`href="${url}"`);
      // The link opens the reader's language, so no title says the text is in English (walkthrough 10).
      expect(text).not.toMatch(/ағылшын тілінде|на английском|Adilet, English/);
    },
  );

  it("writes English numbers with comma thousands, as 3,431,510, never 1 050 000 (walkthrough 10)", () => {
    for (const e of kb.entries) expect(e.answer.en, e.id).not.toMatch(/\d{1,3}(?: \d{3})+(?!\d)/);
  });

  it("gives every source of the knowledge base a title in each language, with its date in that language", () => {
    const english = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
    for (const e of kb.entries)
      for (const s of e.sources) {
        expect(typeof s.title, `${e.id} ${s.url}`).toBe("object");
        if (typeof s.title === "object") {
          for (const lang of ["kk", "ru"] as const) expect(s.title[lang]).not.toMatch(english);
          // An English reader gets a headline in English, with the article's language said (walkthrough 10);
          // "Әділет" aside, which names the database.
          expect(s.title.en.replace(/Әділет/g, ""), `${e.id} ${s.url}`).not.toMatch(/[\u0400-\u04ff]/);
        }
      }
  });
});
