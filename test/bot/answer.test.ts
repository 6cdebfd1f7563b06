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
});
