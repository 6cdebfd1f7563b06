import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createSearcher } from "../../src/search/index.js";

describe("contrast among close candidates", () => {
  const kb = loadKnowledge();
  // The classifier is off so the contrast is seen alone.
  const plain = createSearcher(kb.entries, { nbWeight: 0, contrastWeight: 0 });
  const contrasted = createSearcher(kb.entries, { nbWeight: 0 });
  const questions = [
    "how many deputies",
    "for how many years is a deputy elected",
    "наблюдатель аккредитация",
    "открепительное удостоверение где взять",
    "сайлау күні",
    "weather tomorrow",
  ];

  it.each(questions)("never raises a score, so it cannot push a question over the answer bar: %s", (q) => {
    const before = new Map(plain.rank(q, 20).map((h) => [h.id, h.score]));
    for (const hit of contrasted.rank(q, 20))
      expect(hit.score).toBeLessThanOrEqual(before.get(hit.id) ?? Number.POSITIVE_INFINITY);
    if (plain.decide(q).kind !== "answer") expect(contrasted.decide(q).kind).not.toBe("answer");
  });
});
