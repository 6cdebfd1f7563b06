import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { osaDistance } from "../../src/search/index/fuzzy-index.js";
import { createSearcher } from "../../src/search/index.js";

describe("optimal string alignment distance", () => {
  it.each([
    ["against", "against", 2, 0],
    ["agianst", "against", 2, 1],
    ["candiate", "candidate", 2, 1],
    ["calender", "calendar", 2, 1],
    ["kitten", "sitting", 3, 3],
    ["kitten", "sitting", 2, 3],
    ["ab", "abcdef", 2, 3],
    ["", "abc", 3, 3],
  ])("%s → %s within %i: %i", (a, b, max, expected) => {
    expect(osaDistance(a, b, max)).toBe(expected);
  });
});

describe("English spelling", () => {
  const kb = loadKnowledge();
  const spelling = createSearcher(kb.entries, {}, kb.offTopic);
  const plain = createSearcher(kb.entries, { englishSpelling: 0 }, kb.offTopic);
  const answer = (s: typeof spelling, q: string) => {
    const d = s.decide(q);
    return d.kind === "answer" ? d.hit.id : d.kind;
  };

  it.each([
    ["what documants does a candiate need", "candidate-documents"],
    ["who can vote agianst all", "against-all"],
    // "seets" folds to the form of "sets", which hid the typo from the fuzzy look-up.
    ["how many seets in the majilis", "mazhilis-seats"],
  ])("answers %s as if it were spelt right", (q, id) => {
    expect(answer(plain, q)).not.toBe(id);
    expect(answer(spelling, q)).toBe(id);
  });

  it.each(["saılauga qandai qujat kerek", "kogda vybory v mazhilis", "сайлау қашан өтеді"])(
    "leaves a question that is not English alone: %s",
    (q) => {
      expect(spelling.rank(q, 5)).toEqual(plain.rank(q, 5));
    },
  );
});
