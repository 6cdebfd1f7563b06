import { describe, expect, it } from "vitest";
import { cannotVoteText, guideText } from "../../../src/bot/conversations/voting.js";
import { ineligibleStepsText, nextStepsText, verdictText } from "../../../src/bot/conversations/eligibility.js";
import { looksLikeQuestion } from "../../../src/bot/conversations/looks-like-question.js";
import { createI18n } from "../../../src/i18n.js";
import { LANGS } from "../../../src/knowledge/schema.js";
import { checkEligibility, OFFICES } from "../../../src/rules/eligibility.js";
import { SITUATIONS } from "../../../src/rules/voting.js";

const TELEGRAM_MAX = 4096;
const tFor = createI18n();

describe("flow messages", () => {
  it.each(LANGS)("fit in one Telegram message and leave no key untranslated in %s", (lang) => {
    const t = tFor(lang);
    const texts = [
      ...OFFICES.flatMap((o) => [verdictText(checkEligibility(o, {}), t), nextStepsText(o, t)]),
      ...SITUATIONS.map((s) => guideText(s, t)),
      cannotVoteText({ adult: false }, t),
      ineligibleStepsText(t),
    ];
    for (const text of texts) {
      expect(text.length).toBeLessThan(TELEGRAM_MAX);
      expect(text).not.toMatch(/\b(flow|eligibility|voting)\.[a-zA-Z]+/);
    }
  });
});

describe("looksLikeQuestion", () => {
  it.each([
    ["Where is my polling station?", true],
    ["где мой участок", true],
    ["сайлау қашан өтеді", true],
    ["how do I vote", true],
    ["30", false],
    ["yes", false],
    ["14.05.1990", false],
    ["blue", false],
  ])("%j → %s", (text, expected) => expect(looksLikeQuestion(text)).toBe(expected));
});

describe("source links", () => {
  it.each([
    ["kk", "https://adilet.zan.kz/kaz/docs/K950001000_"],
    ["ru", "https://adilet.zan.kz/rus/docs/K950001000_"],
    ["en", "https://adilet.zan.kz/eng/docs/K950001000_"],
  ] as const)("link the %s text of the Constitution", (lang, url) => {
    expect(verdictText(checkEligibility("mazhilisList", {}), tFor(lang))).toContain(`href="${url}"`);
  });
});
