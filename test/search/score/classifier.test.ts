import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../../src/knowledge/load.js";
import { FROM_EN, FROM_KK, FROM_RU, FROM_SURFACE, queryReadings } from "../../../src/search/analysis/analyze.js";
import { createSearcher } from "../../../src/search/index.js";
import { charGrams, createClassifier, createClassifierBuilder } from "../../../src/search/score/classifier.js";

describe("naive Bayes second opinion", () => {
  it("pads words so short words still give their start and end", () => {
    expect(charGrams("ab")).toEqual(["^ab", "ab$"]);
    expect(charGrams("урна")).toEqual(["^ур", "урн", "рна", "на$"]);
  });

  it("prefers the entry whose examples share the question's features, and is deterministic", () => {
    const builder = createClassifierBuilder(2);
    builder.add(0, "урн", 2);
    builder.add(0, "дом", 1);
    builder.add(1, "партия", 3);
    const nb = createClassifier(builder.build(0.1));
    const ll = nb.logLikelihoods({ ids: [nb.featureOf("урн")], weights: [1] }, [0, 1]);
    expect(ll[0]).toBeGreaterThan(ll[1]!);
    expect([...nb.logLikelihoods({ ids: [nb.featureOf("урн")], weights: [1] }, [1, 0])]).toEqual([ll[1], ll[0]]);
  });
});

describe("naive Bayes feature hashing", () => {
  it("counts two features whose hashes collide as one, merging their entries in order", () => {
    // "f6059" and "f264602" share a 32-bit FNV-1a hash.
    const builder = createClassifierBuilder(3);
    builder.add(0, "f6059", 1);
    builder.add(1, "f264602", 2);
    builder.add(2, "f6059", 1);
    builder.add(2, "f264602", 1);
    builder.add(0, "other", 1);
    const nb = createClassifier(builder.build(0.1));
    const [asked, twin] = [
      nb.logLikelihoods({ ids: [nb.featureOf("f6059")], weights: [1] }, [0, 1, 2]),
      nb.logLikelihoods({ ids: [nb.featureOf("f264602")], weights: [1] }, [0, 1, 2]),
    ];
    expect([...asked]).toEqual([...twin]);
    // Entry 2 saw the merged feature twice, entry 1 twice, entry 0 once; entry 0's other feature makes its total larger.
    expect(asked[2]).toBeGreaterThan(asked[0]!);
    expect(asked[1]).toBeGreaterThan(asked[0]!);
  });
});

describe("Latin readings", () => {
  it("reads a Latin word as English, Kazakh Latin and Russian transliteration, each tagged with its source", () => {
    const readings = new Map(queryReadings("saylau", true));
    const masks = [...readings.values()].reduce((a, b) => a | b, 0);
    expect(masks & FROM_KK).toBeTruthy();
    expect(masks & FROM_RU).toBeTruthy();
    expect(masks & FROM_EN).toBeTruthy();
    expect(masks & FROM_SURFACE).toBeTruthy();
  });

  it("reads Latin words only as English in a clearly English question", () => {
    expect(queryReadings("joke", true, true).every(([, mask]) => mask === FROM_EN)).toBe(true);
  });

  it.each(["what is a yoke", "any good jokes"])(
    "does not answer %s through a Kazakh stem spelt the same in Latin",
    (q) => {
      // "yoke" and "jokes" read as Kazakh Latin give "еке", the stem of "екенін" in a paraphrase about the Mazhilis.
      const kb = loadKnowledge();
      expect(createSearcher(kb.entries, { latinReadings: 0 }).decide(q).kind).toBe("answer");
      expect(createSearcher(kb.entries).decide(q).kind).not.toBe("answer");
    },
  );
});
