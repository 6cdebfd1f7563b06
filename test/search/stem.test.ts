import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { readQuestionSet } from "../../src/search/evaluate.js";
import { isLatin, tokenize } from "../../src/search/normalize.js";
import { stemEnglish } from "../../src/search/stem.js";

const { newStemmer } = createRequire(import.meta.url)("snowball-stemmers") as typeof import("snowball-stemmers");

describe("English stems", () => {
  it("are Snowball English's for every Latin word of the knowledge base and the question sets", () => {
    const kb = loadKnowledge();
    const texts = [
      ...kb.entries.flatMap((e) => [...Object.values(e.questions).flat(), ...Object.values(e.answer), ...Object.values(e.title)]),
      ...kb.offTopic.flatMap((t) => Object.values(t.questions).flat()),
      ...["questions", "holdout", "fresh"].flatMap((set) => readQuestionSet(`test/fixtures/${set}.tsv`).map((r) => r.q)),
    ];
    const words = [...new Set(texts.flatMap(tokenize).filter(isLatin))];
    expect(words.length).toBeGreaterThan(2000);
    const snowball = newStemmer("english");
    expect(words.filter((w) => stemEnglish(w) !== snowball.stem(w))).toEqual([]);
  });
});
