import { describe, expect, it } from "vitest";
import type { Entry } from "../../../src/knowledge/schema.js";
import { SEARCH_DEFAULTS } from "../../../src/search/defaults.js";
import { buildSearchIndex } from "../../../src/search/index/build.js";
import { lookupFromIndex } from "../../../src/search/index/lookup.js";
import { formSimilarity, tokenMatcher } from "../../../src/search/score/tokens.js";

function entry(id: string, en: string[]): Entry {
  return {
    id,
    category: "voting",
    title: { kk: "Тақырып", ru: "Заголовок", en: en[0]! },
    questions: { kk: ["сайлау қашан"], ru: ["когда выборы"], en },
    answer: { kk: "Жауап.", ru: "Ответ.", en: "Answer." },
    sources: [],
    related: [],
    asOf: "2023-03-19",
  } as unknown as Entry;
}

describe("formSimilarity", () => {
  // [a, b, at least, at most]
  const table: [string, string, number, number][] = [
    ["голосовани", "голосовани", 1, 1],
    ["маслихат", "маслихт", 0.8, 0.9], // one letter dropped of eight
    ["голосов", "голосовани", 0.82, 0.84], // a prefix, three letters short: 0.92 − 3 × 0.03
    ["выбор", "депутат", 0, SEARCH_DEFAULTS.minTokenSimilarity - 0.1], // too far to ever count as a typo
  ];
  it.each(table)("%s ~ %s", (a, b, lo, hi) => {
    const sim = formSimilarity(a, b, SEARCH_DEFAULTS);
    expect(sim).toBeGreaterThanOrEqual(lo);
    expect(sim).toBeLessThanOrEqual(hi);
    expect(formSimilarity(b, a, SEARCH_DEFAULTS)).toBe(sim);
  });
  it("takes the prefix bonus from the options", () => {
    expect(formSimilarity("голосов", "голосовани", { prefixSimilarity: 0, prefixLengthStep: 0 })).toBeLessThan(0.8);
  });
});

describe("tokenMatcher", () => {
  const lookup = lookupFromIndex(
    buildSearchIndex([entry("hours", ["when do polling stations open"]), entry("abroad", ["can i vote abroad"])]),
  );
  const matcher = tokenMatcher(lookup);
  const unknown = 1.4 * lookup.maxIdf;

  it("reads a known word as its term with full credit and its IDF as weight", () => {
    const t = matcher.matchToken("polling", unknown, true);
    expect([...t.terms.values()]).toEqual([1]);
    expect(t.weight).toBe(lookup.idf([...t.terms.keys()][0]!));
  });
  it("reads a typo as the term it is near, with less than full credit", () => {
    const t = matcher.matchToken("abraod", unknown, true);
    expect(t.terms.size).toBeGreaterThan(0);
    for (const credit of t.terms.values()) expect(credit).toBeLessThan(1);
  });
  it("gives a word the index has never seen the unknown weight and no term", () => {
    expect(matcher.matchToken("zzyzx", unknown, true)).toEqual({ weight: unknown, terms: new Map() });
  });
  // The Kazakh stemmer cut "когда" to "ког", the Russian stem of "кого" (whom): "когда голосовать" found who to vote for.
  it("reads a question word as its group only, never as another word sharing a stem with it", () => {
    const index = buildSearchIndex([
      {
        ...entry("who-to-vote-for", ["who should i vote for"]),
        questions: { kk: ["кімге"], ru: ["за кого голосовать"], en: ["who to vote for"] },
      } as Entry,
      entry("hours", ["when do polling stations open"]),
    ]);
    const m = tokenMatcher(lookupFromIndex(index));
    const when = m.matchToken("когда", unknown, false);
    const whom = m.matchToken("кого", unknown, false);
    expect(when.terms.size).toBe(1);
    expect([...when.terms.keys()].some((t) => whom.terms.has(t))).toBe(false);
  });
  it("says whether most of a text's words are known", () => {
    expect(matcher.mostlyKnown("polling abroad zzyzx")).toBe(true);
    expect(matcher.mostlyKnown("zzyzx qwxv polling")).toBe(false);
  });
});
