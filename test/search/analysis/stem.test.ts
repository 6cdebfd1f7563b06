import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isLatin } from "../../../src/search/analysis/normalize.js";
import { stemEnglish, stemKazakh, stemRussian } from "../../../src/search/analysis/stem.js";
import { knowledgeAndQuestionWords } from "../../helpers/words.js";

const { newStemmer } = createRequire(import.meta.url)("snowball-stemmers") as typeof import("snowball-stemmers");

describe("English stems", () => {
  it("are Snowball English's for every Latin word of the knowledge base and the question sets", () => {
    const words = knowledgeAndQuestionWords().filter(isLatin);
    expect(words.length).toBeGreaterThan(2000);
    const snowball = newStemmer("english");
    expect(words.filter((w) => stemEnglish(w) !== snowball.stem(w))).toEqual([]);
  });
});

describe("the past of 'win' keeps a stem of its own", () => {
  it.each([
    ["победил", "победит"],
    ["победили", "победят"],
    ["выиграл", "выиграет"],
  ])("ru: %s is not %s", (past, future) => expect(stemRussian(past)).not.toBe(stemRussian(future)));

  it.each([
    ["жеңді", "жеңеді"],
    ["жеңген", "жеңетін"],
    ["женди", "женеди"],
  ])("kk: %s is not %s", (past, future) => expect(stemKazakh(past)).not.toBe(stemKazakh(future)));
});
