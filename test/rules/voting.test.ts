import { describe, expect, it } from "vitest";
import { readLocale } from "../../src/i18n.js";
import { SOURCES } from "../../src/rules/sources.js";
import {
  checkVoter,
  isAdult,
  readSituation,
  SITUATIONS,
  type VoterAnswers,
  type VoterCheck,
  votingGuide,
} from "../../src/rules/voting.js";

const voter: VoterAnswers = { adult: true, citizen: true, incapable: false, imprisoned: false };

describe("checkVoter", () => {
  it("lets an adult citizen vote", () => expect(checkVoter(voter)).toEqual({ canVote: true, firstFailure: null }));

  it.each([
    ["age", { adult: false }, ["constitution33", "electionLaw4"]],
    ["citizenship", { citizen: false }, ["constitution33"]],
    ["incapacity", { incapable: true }, ["constitution33_3"]],
    ["prison", { imprisoned: true }, ["constitution33_3"]],
  ] as [VoterCheck, VoterAnswers, string[]][])("stops at %s with its source", (id, change, sources) => {
    expect(checkVoter({ ...voter, ...change })).toEqual({ canVote: false, firstFailure: { id, sources } });
  });

  it("gives the first reason when several fail", () => {
    expect(checkVoter({ adult: true, citizen: false, incapable: true, imprisoned: true }).firstFailure?.id).toBe(
      "citizenship",
    );
  });

  it.each([
    [17, false],
    [18, true],
    [19, true],
  ])("age %i is adult: %s", (age, adult) => expect(isAdult(age)).toBe(adult));
});

describe("votingGuide", () => {
  const en = readLocale("en") as { voting: { step: Record<string, string> } };

  it.each(SITUATIONS)("%s: every step has text and at least one source", (situation) => {
    const steps = votingGuide(situation);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    for (const s of steps) {
      expect(en.voting.step[s.id], s.id).toBeTruthy();
      expect(s.sources.length).toBeGreaterThan(0);
      for (const id of s.sources) expect(SOURCES[id]).toMatch(/^https:\/\//);
    }
  });

  it.each([
    ["home", ["findStation", "identity", "hours", "ballots", "marking"]],
    ["elsewhere", ["applyAkimat", "findStation", "identity", "hours", "marking"]],
    ["abroad", ["abroadStations", "abroadList", "abroadPassport", "abroadHours", "marking"]],
    ["homebound", ["homeRequest", "homeGrounds", "homeBox", "homeIdentity", "marking"]],
  ] as const)("%s covers %j", (situation, ids) => {
    const steps = votingGuide(situation).map((s) => s.id);
    for (const id of ids) expect(steps).toContain(id);
  });

  it("has a housebound voter find their station before writing to its commission", () => {
    const steps = votingGuide("homebound").map((s) => s.id);
    expect(steps.indexOf("findStation")).toBeLessThan(steps.indexOf("homeRequest"));
  });

  it("gives the home-voting deadline and the hours as stated in the sources", () => {
    expect(en.voting.step.homeRequest).toContain("12:00");
    expect(en.voting.step.hours).toContain("07:00 to 20:00");
  });
});

describe("readSituation: where the voter will be, typed instead of pressed (walkthrough 9)", () => {
  it.each([
    // kk
    ["басқа қалада", "elsewhere"],
    ["басқа облыста боламын", "elsewhere"],
    ["шетелде боламын", "abroad"],
    ["үйде", "home"],
    ["тіркелген жерімде", "home"],
    ["науқаспын", "homebound"],
    ["үйден шыға алмаймын", "homebound"],
    // ru
    ["в другом городе", "elsewhere"],
    ["буду в командировке", "elsewhere"],
    ["не по прописке", "elsewhere"],
    ["за границей", "abroad"],
    ["дома", "home"],
    ["болею", "homebound"],
    ["не могу выйти из дома", "homebound"],
    // en
    ["in another city", "elsewhere"],
    ["I'll be abroad", "abroad"],
    ["at home", "home"],
    ["I'm sick", "homebound"],
    // walkthrough 14: old age and walking
    ["жүре алмаймын, қартпын", "homebound"],
    ["я пожилая, ходить не могу", "homebound"],
    ["I'm elderly and can't walk far", "homebound"],
    // walkthrough 17: a foreign country or city is abroad (a city of Kazakhstan says nothing of it, below)
    ["I'll be in London", "abroad"],
    ["буду в Москве на учёбе", "abroad"],
    ["Мәскеуде боламын", "abroad"],
    ["в командировке в Китае", "abroad"],
    ["в России", "abroad"],
    // walkthrough 18
    ["я в это время буду учиться в Праге", "abroad"],
    ["I'll be in Almaty for work", "elsewhere"],
  ] as const)("reads %j as %s", (text, expected) => expect(readSituation(text)).toBe(expected));

  it.each(["не дома", "not at home", "не знаю", "в Караганде", "yes", ""])("does not guess on %j", (text) =>
    expect(readSituation(text)).toBeUndefined(),
  );
});
