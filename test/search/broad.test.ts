import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createSearcher } from "../../src/search/index.js";

const kb = loadKnowledge();

describe("one broad word", () => {
  const searcher = createSearcher(kb.entries, {}, kb.offTopic);
  it.each([
    ["vote", "suggest"],
    // "голосование", a topic's name, is offered as that topic by the bot (bot/answer-question.ts).
    ["депутат", "suggest"],
    ["кандидат", "suggest"],
    // two entries it reaches alike: a choice, not the one a hair ahead
    ["how do I vote", "suggest"],
    ["сайлау", "none"],
    ["elections", "none"],
    // "kz" names the country, not a topic: it made "elections kz" the official-sources entry (election.gov.kz)
    ["elections kz", "none"],
  ])("%j gets a choice, not a guess (%s, broad)", (word, kind) => {
    const d = searcher.decide(word);
    expect(d.kind).toBe(kind);
    expect(d.kind !== "answer" && d.broad).toBe(true);
  });

  it.each([
    ["мәжіліс", "what-mazhilis"],
    ["курултай", "kurultai"],
    ["явка", "turnout-2023"],
  ])("%j that names one thing is still answered (%s)", (word, id) => {
    const d = searcher.decide(word);
    expect(d.kind === "answer" && d.hit.id).toBe(id);
  });

  it.each(["asdkjh", "zzqx vbnm", "голосование на дому"])("%j is not broad", (text) => {
    const d = searcher.decide(text);
    expect(d.kind !== "answer" && d.broad).not.toBe(true);
  });
});
