import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { withDecisionCache } from "../../src/search/cache.js";
import type { Decision, Searcher } from "../../src/search/types.js";
import { warmUp } from "../../src/search/warm-up.js";

describe("warmUp", () => {
  it("asks one question per entry and language, and leaves the decision cache empty", () => {
    const kb = loadKnowledge();
    const asked: string[] = [];
    let decided = 0;
    const inner: Searcher = {
      rank(q) {
        asked.push(q);
        return [];
      },
      decide(): Decision {
        decided++;
        return { kind: "none", suggestions: [], queryLang: undefined };
      },
    };
    const cached = withDecisionCache(inner, 10);
    expect(warmUp(cached, kb.entries)).toBe(kb.entries.length * 3);
    expect(new Set(asked).size).toBeGreaterThan(kb.entries.length * 2);
    expect(decided).toBe(0);
    // The cache is empty: the first real question is decided, not served from a warm-up entry.
    cached.decide(asked[0]!);
    expect(decided).toBe(1);
  });
});
