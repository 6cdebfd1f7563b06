import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createSearcher } from "../../src/search/index.js";

const kb = loadKnowledge();
const searcher = createSearcher(kb.entries, {}, kb.offTopic);
const answered = (q: string) => {
  const d = searcher.decide(q);
  return d.kind === "answer" ? d.hit.id : null;
};

describe("'who won' asks for a result, 'who will win' for a prediction", () => {
  it.each([
    ["kk", "кім жеңді", "кім жеңеді"],
    ["ru", "кто победил", "кто победит"],
    ["en", "who won", "who will win"],
  ])("in %s, %j is never the predictions entry, and %j is", (_, past, future) => {
    expect(answered(past)).not.toBe("predictions");
    expect(answered(future)).toBe("predictions");
  });
});
