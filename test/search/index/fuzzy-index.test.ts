import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../../src/knowledge/load.js";
import { tokenize } from "../../../src/search/analysis/normalize.js";
import {
  buildFuzzyIndex,
  type FuzzyIndex,
  fuzzyLookup,
  hash,
  keyFinder,
  maxEdits,
} from "../../../src/search/index/fuzzy-index.js";

// The look-up as first written: every reduction spelled out as a string, hashed, found by binary search.
function binarySearch(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] === key) return mid;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function reference({ minLength, vocabulary, keys, starts, owners }: FuzzyIndex, word: string): string[] {
  const reductions = new Set([word]);
  const reduce = (w: string, edits: number) => {
    if (edits === 0) return;
    for (let i = 0; i < w.length; i++) {
      const d = w.slice(0, i) + w.slice(i + 1);
      if (reductions.has(d)) continue;
      reductions.add(d);
      reduce(d, edits - 1);
    }
  };
  reduce(word, maxEdits(word.length, minLength));
  if (maxEdits(word.length, minLength) === 0) return [];
  const found = new Set<number>();
  for (const r of reductions) {
    const at = binarySearch(keys, hash(r));
    if (at >= 0) for (let i = starts[at]!; i < starts[at + 1]!; i++) found.add(owners[i]!);
  }
  return [...found].map((i) => vocabulary[i]!);
}

describe("typo look-up", () => {
  const kb = loadKnowledge();
  const vocabulary = [...new Set(kb.entries.flatMap((e) => Object.values(e.questions).flat().flatMap(tokenize)))];
  const index = buildFuzzyIndex(vocabulary, 4);
  const lookup = fuzzyLookup(index);

  it("finds the candidates the spelled-out reductions find, in the same order", () => {
    const typos = vocabulary.flatMap((w, i) => [
      w,
      w.slice(0, i % w.length) + w.slice((i % w.length) + 1),
      w.slice(0, 2) + w[3] + w[2] + w.slice(4),
      w + w.at(-1),
      `${w[0]}${w}`,
    ]);
    const words = [...typos, "аааааааа", "сссайлау", "abab", "ссс", "", "сайлаушылардың-сайлауы"];
    expect(words.length).toBeGreaterThan(5000);
    const differ = words.filter((w) => JSON.stringify(lookup(w)) !== JSON.stringify(reference(index, w)));
    expect(differ).toEqual([]);
    expect(lookup("сайлаушылар")).toContain("сайлаушылар");
    expect(lookup("сайлаушлар")).toContain("сайлаушылар");
  });

  it("finds a key where a scan of the sorted keys does, and nothing else", () => {
    const keys = Uint32Array.from([0, 1, 5, 0xffff, 0x10000, 0x10001, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff]);
    const find = keyFinder(keys);
    for (const k of [...keys, 2, 6, 0x1ffff, 0x80000001, 0xfffffffd]) expect(find(k)).toBe(binarySearch(keys, k));
    expect(keyFinder(new Uint32Array(0))(0)).toBe(-1);
  });
});
