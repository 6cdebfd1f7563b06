import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createSearcher } from "../../src/search/index.js";

describe("a body named in the question", () => {
  const kb = loadKnowledge();
  const searcher = createSearcher(kb.entries, {}, kb.offTopic);
  const answered = (q: string) => {
    const d = searcher.decide(q);
    return d.kind === "answer" ? d.hit.id : d.kind;
  };

  it.each([["Сколько стоит избирательный взнос для курултая?", "kurultai-deposit"]])(
    "answers %j with the entry about that body, not a close one about another",
    (q, id) => {
      expect(answered(q)).toBe(id);
    },
  );

  it.each([
    ["какие документы нужны для голосования на выборах в курултай", "voter-documents"],
    ["сколько стоит избирательный взнос в мажилис", "election-deposit"],
  ])("keeps %j's answer when no entry about the body asked is as close", (q, id) => {
    expect(answered(q)).toBe(id);
  });
});
