import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../../src/knowledge/load.js";
import { buildSearchIndex } from "../../../src/search/index/build.js";
import { lookupFromIndex } from "../../../src/search/index/lookup.js";

describe("lookupFromIndex", () => {
  const kb = loadKnowledge();
  const index = buildSearchIndex(kb.entries, {}, kb.offTopic);
  const lookup = lookupFromIndex(index);

  it("lists every paraphrase under each of its terms, and each term once per paraphrase", () => {
    index.paraTerms.forEach((terms, p) => {
      for (const t of terms) expect(lookup.paraPostings.get(t)).toContain(p);
      const ids = lookup.paraTermIds.subarray(lookup.paraStart[p]!, lookup.paraStart[p + 1]!);
      expect([...ids]).toEqual(terms.map((t) => lookup.termIdOf.get(t)));
    });
  });

  it("gives each paraphrase the sum of its terms' IDF as its mass", () => {
    index.paraTerms.forEach((terms, p) => {
      expect(lookup.paraMass[p]).toBeCloseTo(
        terms.reduce((s, t) => s + lookup.idf(t), 0),
        9,
      );
    });
  });

  it("keeps a document's key terms to those of weight 1 (paraphrases and title), not its answer's", () => {
    index.docTerms.forEach((terms, d) => {
      const keys = new Set(lookup.keyTermIds.subarray(lookup.keyStart[d]!, lookup.keyStart[d + 1]!));
      terms.forEach((t, i) => {
        expect(keys.has(lookup.termIdOf.get(t)!)).toBe(index.docWeights[d]![i] === 1);
      });
    });
  });

  it("gives a term the index does not hold the largest IDF", () => {
    expect(lookup.idf("~no-such-term")).toBe(lookup.maxIdf);
  });
});
