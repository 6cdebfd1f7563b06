import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createSearcher } from "../../src/search/index.js";

describe("a year in the question", () => {
  const kb = loadKnowledge();
  const flat = createSearcher(kb.entries, { yearWeight: 0 }, kb.offTopic);
  const weighted = createSearcher(kb.entries, {}, kb.offTopic);
  const gap = (s: typeof flat, q: string, right: string, other: string) => {
    const hits = new Map(s.rank(q, 20).map((h) => [h.id, h.score]));
    return (hits.get(right) ?? 0) - (hits.get(other) ?? 0);
  };

  it.each([
    ["2023 turnout", "turnout-2023", "presidential-2022"],
    ["the 2022 referendum", "referendum-2022", "referendum-2026"],
  ])("sets the entry about that year further apart from one about another year: %s", (q, right, other) => {
    expect(weighted.rank(q, 1)[0]?.id).toBe(right);
    expect(gap(weighted, q, right, other)).toBeGreaterThan(gap(flat, q, right, other));
  });

  it.each([
    ["итоги выборов в мажилис 2016", "ru"],
    ["who won the 2004 mazhilis election", "en"],
    ["2012 жылғы мәжіліс сайлауының нәтижесі", "kk"],
  ])("does not answer %j with the entry of another year", (q) => {
    expect(weighted.decide(q).kind).not.toBe("answer");
  });

  it.each([
    ["итоги выборов в мажилис 2023", "results-2023"],
    ["what was the turnout in 2023", "turnout-2023"],
    ["2022 жылғы референдум қашан өтті", "referendum-2022"],
    ["сколько мест получил аманат в 2023", "seats-by-party"],
  ])("still answers %j, whose year the entry names or which is not about a year", (q, id) => {
    const d = weighted.decide(q);
    expect(d.kind === "answer" ? d.hit.id : d).toBe(id);
  });
});
