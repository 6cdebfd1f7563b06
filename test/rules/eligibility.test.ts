import { describe, expect, it } from "vitest";
import {
  type CandidateAnswers,
  checkEligibility,
  mayStillVote,
  OFFICES,
  type Office,
  parseResidenceYears,
  type RequirementId,
  requirementsFor,
  residenceMet,
} from "../../src/rules/eligibility.js";
import { SOURCES } from "../../src/rules/sources.js";

const ideal: CandidateAnswers = {
  citizen: true,
  age: 40,
  resident10Years: true,
  criminalRecord: false,
  incapable: false,
  corruption: false,
  servingSentence: false,
  partyMember: true,
  onPartyList: true,
};

describe("requirementsFor", () => {
  it.each([
    // The Kurultai: only what the 2026 sources state; the 2023 bars are not asserted for it.
    ["kurultai", ["citizenship", "age", "residence", "partyList"]],
    [
      "mazhilisList",
      ["citizenship", "age", "residence", "criminalRecord", "incapacity", "corruption", "sentence", "partyMembership"],
    ],
    ["mazhilisDistrict", ["citizenship", "age", "residence", "criminalRecord", "incapacity", "corruption", "sentence"]],
    ["maslikhat", ["citizenship", "age", "criminalRecord", "incapacity", "corruption", "sentence"]],
  ] as [Office, RequirementId[]][])("%s asks exactly %j", (office, ids) => {
    expect(requirementsFor(office).map((r) => r.id)).toEqual(ids);
  });

  it.each(OFFICES)("every %s requirement cites a known source", (office) => {
    for (const r of requirementsFor(office)) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) expect(SOURCES[s]).toMatch(/^https:\/\//);
    }
  });

  it("cites Constitution Art. 51(4) for the Mazhilis age and residence, and the local-government law for maslikhat age", () => {
    const source = (office: Office, id: RequirementId) => requirementsFor(office).find((r) => r.id === id)?.sources;
    expect(source("mazhilisDistrict", "age")).toEqual(["constitution51"]);
    expect(source("mazhilisList", "residence")).toEqual(["constitution51"]);
    expect(source("maslikhat", "age")).toEqual(["localGovLaw5"]);
    expect(source("maslikhat", "criminalRecord")).toEqual(["electionLaw4_4"]);
  });
});

describe("checkEligibility", () => {
  it.each(OFFICES)("someone who meets everything can run for %s", (office) => {
    const verdict = checkEligibility(office, ideal);
    expect(verdict.eligible).toBe(true);
    expect(verdict.firstFailure).toBeNull();
    expect(verdict.results.every((r) => r.met)).toBe(true);
  });

  it.each([
    ["mazhilisList", 24, false],
    ["mazhilisList", 25, true],
    ["mazhilisDistrict", 24, false],
    ["mazhilisDistrict", 25, true],
    ["maslikhat", 19, false],
    ["maslikhat", 20, true],
    ["maslikhat", 24, true],
  ] as [Office, number, boolean][])("%s at age %i: eligible=%s", (office, age, eligible) => {
    const verdict = checkEligibility(office, { ...ideal, age });
    expect(verdict.eligible).toBe(eligible);
    expect(verdict.firstFailure?.id ?? null).toBe(eligible ? null : "age");
  });

  // The questions ask "10 years or more?"; 9 years answers no, 10 years answers yes.
  it.each([
    ["mazhilisList", false, false],
    ["mazhilisList", true, true],
    ["mazhilisDistrict", false, false],
    ["mazhilisDistrict", true, true],
    ["maslikhat", false, true],
  ] as [Office, boolean, boolean][])(
    "%s with 10 years' residence=%s: eligible=%s",
    (office, resident10Years, eligible) => {
      expect(checkEligibility(office, { ...ideal, resident10Years }).eligible).toBe(eligible);
    },
  );

  it.each([
    ["citizenship", { citizen: false }],
    ["criminalRecord", { criminalRecord: true }],
    ["incapacity", { incapable: true }],
    ["corruption", { corruption: true }],
    ["sentence", { servingSentence: true }],
    ["partyMembership", { partyMember: false }],
  ] as [RequirementId, CandidateAnswers][])("gives %s as the reason", (id, change) => {
    const verdict = checkEligibility("mazhilisList", { ...ideal, ...change });
    expect(verdict.eligible).toBe(false);
    expect(verdict.firstFailure?.id).toBe(id);
    expect(verdict.results.filter((r) => !r.met).map((r) => r.id)).toEqual([id]);
  });

  it("gives the first failing requirement in question order", () => {
    const verdict = checkEligibility("mazhilisDistrict", { ...ideal, age: 22, corruption: true, citizen: false });
    expect(verdict.firstFailure?.id).toBe("citizenship");
    expect(verdict.results.filter((r) => !r.met).map((r) => r.id)).toEqual(["citizenship", "age", "corruption"]);
  });

  it("does not require party membership in a district or a maslikhat", () => {
    expect(checkEligibility("mazhilisDistrict", { ...ideal, partyMember: false }).eligible).toBe(true);
    expect(checkEligibility("maslikhat", { ...ideal, partyMember: false }).eligible).toBe(true);
  });

  it.each([
    [{ ...ideal, onPartyList: undefined }, false, true],
    [{ ...ideal, onPartyList: false }, false, false],
    [{ ...ideal, onPartyList: true }, true, false],
    [{ ...ideal, age: 22, onPartyList: undefined }, false, false],
  ] as [CandidateAnswers, boolean, boolean][])(
    "leaves the Kurultai party list open when it is not known (%o: eligible %s, only open %s)",
    (answers, eligible, onlyOpen) => {
      const verdict = checkEligibility("kurultai", answers);
      expect(verdict.eligible).toBe(eligible);
      expect(verdict.onlyOpen).toBe(onlyOpen);
      // An open requirement is no failure, so it is never given as the reason.
      expect(verdict.firstFailure === null).toBe(eligible || onlyOpen);
      expect(verdict.results.find((r) => r.id === "partyList")?.open).toBe(answers.onPartyList === undefined);
    },
  );

  it("treats unanswered questions as not met", () => {
    expect(checkEligibility("maslikhat", {}).results.every((r) => !r.met)).toBe(true);
  });

  it("says residence is covered for the Mazhilis only", () => {
    expect(checkEligibility("mazhilisList", ideal).residenceCovered).toBe(true);
    expect(checkEligibility("maslikhat", ideal).residenceCovered).toBe(false);
  });

  it("reports the minimum age with the age requirement", () => {
    expect(checkEligibility("maslikhat", ideal).results.find((r) => r.id === "age")?.minAge).toBe(20);
    expect(checkEligibility("mazhilisList", ideal).results.find((r) => r.id === "age")?.minAge).toBe(25);
  });
});

describe("residenceMet", () => {
  it.each([
    [0, false],
    [9, false],
    [10, true],
    [11, true],
  ])("%i years of residence: %s", (years, met) => expect(residenceMet(years)).toBe(met));
});

describe("mayStillVote", () => {
  it.each([
    [{}, true],
    [{ age: 18 }, true],
    [{ age: 17 }, false],
    [{ citizen: true, age: 30, criminalRecord: true }, true],
    [{ citizen: false }, false],
    [{ incapable: true }, false],
    [{ servingSentence: true }, false],
    [{ partyMember: false, onPartyList: false }, true],
  ])("%j → %s", (answers, expected) => expect(mayStillVote(answers)).toBe(expected));
});

describe("parseResidenceYears", () => {
  it.each([
    ["15", 15],
    ["15 жыл", 15],
    ["12 years", 12],
    ["8 лет", 8],
    ["15 жыл тұрдым", 15],
    ["Қазақстанда 15 жыл тұрамын", 15],
    ["kazakstanda 15 jyl", 15],
    ["живу 15 лет", 15],
    ["живу в Казахстане уже 20 лет", 20],
    ["I have lived here for 15 years", 15],
    ["about 9 years", 9],
    ["туғаннан бері осында тұрамын", Number.POSITIVE_INFINITY],
    ["с рождения", Number.POSITIVE_INFINITY],
    ["all my life", Number.POSITIVE_INFINITY],
    // walkthrough 9
    ["өмір бойы", Number.POSITIVE_INFINITY],
    ["бала кезімнен осында", Number.POSITIVE_INFINITY],
    ["с детства", Number.POSITIVE_INFINITY],
    ["since childhood", Number.POSITIVE_INFINITY],
    ["born here", null],
    ["15 or 16", null],
    ["yes", null],
    ["15 жыл бұрын көшіп кеттім", null],
    ["", null],
    ["only 6 years", 6],
    ["только 8 лет", 8],
    ["тек 8 жыл", 8],
    ["12 жыл болды", 12],
    ["с 2015 года", 11],
    ["since 2015", 11],
    ["2015 жылдан бері", 11],
    ["с 2030 года", null],
    ["fifteen years", 15],
    ["живу двенадцать лет", 12],
    ["он бес жыл тұрамын", 15],
    // walkthrough 19: in Latin letters
    ["15 zhyl turamyn", 15],
  ])("%j → %s (in 2026)", (text, expected) => expect(parseResidenceYears(text, 2026)).toBe(expected));
});
