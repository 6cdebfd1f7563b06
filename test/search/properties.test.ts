import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { loadSearcher } from "../../src/knowledge/search-cache.js";
import { questionFocus } from "../../src/search/focus.js";

// Properties over any text a voter could send: generated strings of every script, emoji and control characters.
const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 120 }), fc.string({ unit: "binary", maxLength: 600 }));

describe("the matcher on any text", () => {
  const searcher = loadSearcher(loadKnowledge());

  it("always decides without throwing, and ranks at most the limit, best first", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 10 }), (q, limit) => {
        const d = searcher.decide(q);
        expect(["answer", "suggest", "none"]).toContain(d.kind);
        const hits = searcher.rank(q, limit);
        expect(hits.length).toBeLessThanOrEqual(limit);
        for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
        for (const h of hits) expect(h.score).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it("decides the same text the same way twice", () => {
    fc.assert(
      fc.property(text, (q) => {
        expect(searcher.decide(q)).toEqual(searcher.decide(q));
      }),
      { numRuns: 100 },
    );
  });
});

describe("questionFocus on any text", () => {
  it("returns a short message as it is, and at most 400 characters of a long one", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 2000 }), (q) => {
        const focus = questionFocus(q, 400);
        if (q.length <= 400) expect(focus).toBe(q);
        else expect(focus.length).toBeLessThanOrEqual(400);
      }),
      { numRuns: 300 },
    );
  });
});
