import { describe, expect, it } from "vitest";
import {
  ineligibleStepsText,
  nextStepsText,
  VERDICT_MAX,
  verdictText,
} from "../../../src/bot/conversations/eligibility.js";
import { looksLikeQuestion } from "../../../src/bot/conversations/looks-like-question.js";
import { cannotVoteText, guideText } from "../../../src/bot/conversations/voting.js";
import { createI18n } from "../../../src/i18n.js";
import { LANGS } from "../../../src/knowledge/schema.js";
import { type CandidateAnswers, checkEligibility, OFFICES } from "../../../src/rules/eligibility.js";
import { SITUATIONS } from "../../../src/rules/voting.js";

const TELEGRAM_MAX = 4096;
const tFor = createI18n();

describe("flow messages", () => {
  it.each(LANGS)("fit in one Telegram message and leave no key untranslated in %s", (lang) => {
    const t = tFor(lang);
    const texts = [
      ...OFFICES.flatMap((o) => [verdictText(checkEligibility(o, {}), t), nextStepsText(o, t)]),
      ...SITUATIONS.map((s) => guideText(s, t)),
      cannotVoteText({ adult: false }, t, lang),
      cannotVoteText({ adult: false }, t, lang, "2027-05-01"),
      ...OFFICES.map((o) => ineligibleStepsText(checkEligibility(o, {}), {}, t)),
    ];
    for (const text of texts) {
      expect(text.length).toBeLessThan(TELEGRAM_MAX);
      expect(text).not.toMatch(/\b(flow|eligibility|voting)\.[a-zA-Z]+/);
    }
  });
});

describe("eligibility verdicts", () => {
  const all: CandidateAnswers = {
    citizen: true,
    age: 30,
    resident10Years: true,
    criminalRecord: false,
    incapable: false,
    corruption: false,
    servingSentence: false,
    partyMember: true,
    onPartyList: true,
  };
  const tooYoung: CandidateAnswers = { ...all, age: 21 };
  const noCitizen: CandidateAnswers = { ...all, citizen: false };

  it.each(
    LANGS.flatMap((lang) =>
      OFFICES.flatMap((office) => [all, tooYoung, noCitizen].map((answers) => [lang, office, answers] as const)),
    ),
  )("fit in %s at a glance (%s): at most 1,200 characters, one legal link per rule", (lang, office, answers) => {
    const verdict = checkEligibility(office, answers);
    const text = verdictText(verdict, tFor(lang));
    // Telegram counts what the reader sees, not the markup.
    expect(text.replace(/<[^>]+>/g, "").length).toBeLessThanOrEqual(VERDICT_MAX);
    const links = [...text.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => m[2]);
    expect(links.length).toBe(new Set(verdict.results.map((r) => r.sources[0])).size);
    expect(new Set(links).size).toBe(links.length);
  });

  it.each(LANGS)("say which rules they apply, and open with the 2026 change only for the Mazhilis (%s)", (lang) => {
    const t = tFor(lang);
    const text = (office: (typeof OFFICES)[number]) => verdictText(checkEligibility(office, all), t);
    expect(text("kurultai")).toContain(t("eligibility.verdict.rules.y2026"));
    expect(text("maslikhat")).toContain(t("eligibility.verdict.rules.y2023"));
    for (const office of ["mazhilisList", "mazhilisDistrict"] as const) {
      expect(text(office).split("\n")[1]).toBe(`<i>${t("eligibility.verdict.history")}</i>`);
    }
    for (const office of ["kurultai", "maslikhat"] as const)
      expect(text(office)).not.toContain(t("eligibility.verdict.history"));
    expect(nextStepsText("maslikhat", t)).not.toMatch(/Kurultai|Курулта|Құрылтай/);
  });

  it.each(LANGS)("do not lend the Mazhilis candidate's documents to a maslikhat candidate (%s)", (lang) => {
    const t = tFor(lang);
    const maslikhat = nextStepsText("maslikhat", t);
    expect(maslikhat).toContain(t("eligibility.next.documentsMaslikhat"));
    expect(maslikhat).not.toContain(t("eligibility.next.documentsDistrict"));
    expect(maslikhat).not.toContain("kokshetoday");
    expect(nextStepsText("mazhilisDistrict", t)).toContain("kokshetoday");
  });

  it.each(LANGS)("tell an ineligible voter to come back when of age only when the age stopped them (%s)", (lang) => {
    const t = tFor(lang);
    const young = ineligibleStepsText(checkEligibility("kurultai", tooYoung), tooYoung, t);
    const foreign = ineligibleStepsText(checkEligibility("kurultai", noCitizen), noCitizen, t);
    expect(young).toContain(t("eligibility.ineligible.laterAge", { button: t("flow.restart") }));
    expect(foreign).not.toContain(t("eligibility.ineligible.laterAge", { button: t("flow.restart") }));
    expect(foreign).toContain(t("eligibility.ineligible.later", { button: t("flow.restart") }));
  });

  it.each(LANGS)(
    "point a Mazhilis candidate to the Kurultai's check only when the Kurultai would not stop them alike (%s)",
    (lang) => {
      const t = tFor(lang);
      const steps = (answers: CandidateAnswers) =>
        ineligibleStepsText(checkEligibility("mazhilisDistrict", answers), answers, t);
      const button = { button: t("flow.restart") };
      const toKurultai = t("eligibility.ineligible.laterHistory", button);
      const shared = t("eligibility.ineligible.laterHistoryShared");
      expect(steps(noCitizen)).toContain(shared);
      expect(steps(noCitizen)).not.toContain(toKurultai);
      expect(steps(tooYoung)).toContain(shared);
      expect(steps(tooYoung)).toContain(t("eligibility.ineligible.laterHistoryAge", button));
      expect(steps({ ...all, criminalRecord: true })).toContain(toKurultai);
      expect(steps({ ...all, criminalRecord: true })).not.toContain(shared);
    },
  );

  it.each(LANGS)("tell a Kurultai candidate stopped by residence when to check again (%s)", (lang) => {
    const t = tFor(lang);
    const answers = { ...all, resident10Years: false };
    const steps = ineligibleStepsText(checkEligibility("kurultai", answers), answers, t);
    expect(steps).toContain(t("eligibility.ineligible.laterResidence", { button: t("flow.restart") }));
  });

  it.each(LANGS)("tell a Kurultai candidate stopped by age and the party list about both (%s)", (lang) => {
    const t = tFor(lang);
    const answers = { ...tooYoung, onPartyList: false };
    const steps = ineligibleStepsText(checkEligibility("kurultai", answers), answers, t);
    // Walkthrough 16: not "if a party lists you, you can stand" right after "you cannot: the age".
    expect(steps).toContain(t("eligibility.ineligible.partyListOnly"));
    expect(steps).not.toContain(t("eligibility.ineligible.partyList"));
    expect(steps).toContain(t("eligibility.ineligible.laterAge", { button: t("flow.restart") }));
    // Walkthrough 12: the advice follows the steps in the order they were asked, the age first.
    expect(steps.indexOf(t("eligibility.ineligible.laterAge", { button: t("flow.restart") }))).toBeLessThan(
      steps.indexOf(t("eligibility.ineligible.partyListOnly")),
    );
    const onlyTheList = { ...all, onPartyList: false };
    expect(ineligibleStepsText(checkEligibility("kurultai", onlyTheList), onlyTheList, t)).toContain(
      t("eligibility.ineligible.partyList"),
    );
    const foreign = { ...noCitizen, onPartyList: false };
    expect(ineligibleStepsText(checkEligibility("kurultai", foreign), foreign, t)).not.toContain(
      t("eligibility.ineligible.partyListOnly"),
    );
  });

  it.each(LANGS)("give one failure beside an open party list as the reason, not the first of several (%s)", (lang) => {
    const t = tFor(lang);
    const text = verdictText(checkEligibility("kurultai", { citizen: true, age: 19, resident10Years: true }), t);
    expect(text).toContain(t("eligibility.verdict.ineligibleOne", { reason: t("eligibility.fail.age", { min: 25 }) }));
    expect(text).toContain(`❔ ${t("eligibility.req.partyList")}`);
  });

  it("say in Kazakh that the bot recommends no party, not that it advises no vote, in a candidate check", () => {
    expect(tFor("kk")("eligibility.ineligible.partyList")).toContain("Бот ешбір партияны ұсынбайды.");
  });

  it.each([
    ["kk", "2023 жылы", "енгізіледі"],
    ["ru", "В 2023 году", "будет вас выдвигать"],
    ["en", "In 2023", "may include"],
  ] as const)("ask the Mazhilis party-membership question of 2023 as past (%s)", (lang, past, present) => {
    const q = tFor(lang)("eligibility.q.partyMembership");
    expect(q).toContain(past);
    expect(q).not.toContain(present);
  });

  it.each(LANGS)("point to the voting guide only someone who may vote (%s)", (lang) => {
    const t = tFor(lang);
    const steps = (answers: CandidateAnswers) => ineligibleStepsText(checkEligibility("kurultai", answers), answers, t);
    const voting = t("eligibility.ineligible.voting");
    expect(steps(tooYoung)).toContain(voting);
    expect(steps({ ...all, criminalRecord: true })).toContain(voting);
    expect(steps(noCitizen)).not.toContain(voting);
    expect(steps({ ...all, incapable: true })).not.toContain(voting);
    expect(steps({ ...all, servingSentence: true })).not.toContain(voting);
    expect(steps({ ...all, age: 17 })).not.toContain(voting);
  });
});

describe("looksLikeQuestion", () => {
  it.each([
    ["Where is my polling station?", true],
    ["где мой участок", true],
    ["сайлау қашан өтеді", true],
    ["сайлау кашан отеди", true],
    ["учаске кайда", true],
    ["how do I vote", true],
    ["30", false],
    ["yes", false],
    ["14.05.1990", false],
    ["blue", false],
    ["нет, не признавал", false],
    ["жоқ, танылған емеспін", false],
    ["no, I was never declared incapable", false],
    ["нет, а где мой участок?", true],
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
