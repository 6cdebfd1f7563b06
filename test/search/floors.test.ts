import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createBaselineSearcher } from "../../src/search/baseline.js";
import { evaluate, readQuestionSet } from "../../src/search/evaluate.js";
import { createSearcher } from "../../src/search/index.js";

const SET = new URL("../fixtures/questions.tsv", import.meta.url).pathname;

/** A little below what the pipeline measured on the labelled set when these were set (see docs/search.md). */
const FLOORS = { top1: 0.77, top3: 0.93, abstainRecall: 0.7, falseAbstainMax: 0.14, wrongMax: 0.12 };

describe.runIf(existsSync(SET))("matching quality on test/fixtures/questions.tsv", () => {
  const kb = loadKnowledge();
  const rows = readQuestionSet(SET).filter((r) => r.id === "none" || kb.byId.has(r.id));
  const ours = evaluate(createSearcher(kb.entries), rows).get("all")!;

  it("stays above its floors", () => {
    expect(ours.top1).toBeGreaterThanOrEqual(FLOORS.top1);
    expect(ours.top3).toBeGreaterThanOrEqual(FLOORS.top3);
    expect(ours.abstainRecall).toBeGreaterThanOrEqual(FLOORS.abstainRecall);
    expect(ours.falseAbstain).toBeLessThanOrEqual(FLOORS.falseAbstainMax);
    expect(ours.wrong).toBeLessThanOrEqual(FLOORS.wrongMax);
  });

  it("beats plain fuse.js on right answers, wrong answers and abstentions", () => {
    const sample = rows.filter((r, i) => i % 5 === 0 && r.q.length <= 50);
    const base = evaluate(createBaselineSearcher(kb.entries), sample).get("all")!;
    const oursSample = evaluate(createSearcher(kb.entries), sample).get("all")!;
    expect(oursSample.top1).toBeGreaterThan(base.top1);
    expect(oursSample.wrong).toBeLessThan(base.wrong);
    expect(oursSample.abstainRecall).toBeGreaterThan(base.abstainRecall);
  }, 120_000);
});

describe("decisions", () => {
  const kb = loadKnowledge();
  const searcher = createSearcher(kb.entries);

  it.each(["", "   ", "!!!", "🙂🙂", "x".repeat(5000), "asdkjh qwpoeiru zmxncb"])("abstains on junk %#", (q) => {
    expect(searcher.decide(q).kind).not.toBe("answer");
  });

  it("ranks at most the requested number of hits, best first", () => {
    const hits = searcher.rank("когда выборы в мажилис", 3);
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it("rejects bad options naming the option", () => {
    expect(() => createSearcher(kb.entries, { answerAt: Number.NaN })).toThrow(/answerAt/);
  });

  it("rejects duplicate ids", () => {
    const [first] = kb.entries;
    expect(() => createSearcher([first!, first!])).toThrow(/unique/);
  });
});
