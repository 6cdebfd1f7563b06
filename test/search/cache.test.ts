import { describe, expect, it } from "vitest";
import { withDecisionCache } from "../../src/search/cache.js";
import type { Decision, Searcher } from "../../src/search/types.js";

function counting(): Searcher & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    decide(query): Decision {
      asked.push(query);
      return { kind: "answer", hit: { id: query, score: 1 }, alternatives: [], queryLang: undefined };
    },
    rank: (query) => [{ id: query, score: 1 }],
  };
}

describe("withDecisionCache", () => {
  it("matches a repeated question once and gives the same decision", () => {
    const inner = counting();
    const cached = withDecisionCache(inner, 10);
    const first = cached.decide("когда выборы");
    expect(cached.decide("когда выборы")).toBe(first);
    expect(inner.asked).toEqual(["когда выборы"]);
  });

  it("forgets the least recently used question first", () => {
    const inner = counting();
    const cached = withDecisionCache(inner, 2);
    cached.decide("a");
    cached.decide("b");
    cached.decide("a");
    cached.decide("c");
    cached.decide("a");
    cached.decide("b");
    expect(inner.asked).toEqual(["a", "b", "c", "b"]);
  });

  it("passes everything through with size 0, and never caches rank", () => {
    const inner = counting();
    const cached = withDecisionCache(inner, 0);
    cached.decide("x");
    cached.decide("x");
    expect(inner.asked).toEqual(["x", "x"]);
    expect(withDecisionCache(inner, 5).rank("y")).toEqual([{ id: "y", score: 1 }]);
  });
});
