import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type KnowledgeBase, loadKnowledge } from "../../src/knowledge/load.js";
import type { Entry } from "../../src/knowledge/schema.js";
import {
  decodeSearchIndex,
  encodeSearchIndex,
  loadSearcher,
  searchIndexKey,
  writeSearchCache,
} from "../../src/knowledge/search-cache.js";
import { readQuestionSet } from "../../src/search/evaluate.js";
import { buildSearchIndex, createSearcher } from "../../src/search/index.js";

const tmpFile = () => join(mkdtempSync(join(tmpdir(), "saylau-search-")), "search-index.bin");

function tinyKb(id: string, en: string): KnowledgeBase {
  const entry = {
    id,
    category: "voting",
    title: { kk: "Тақырып", ru: "Заголовок", en: "Title" },
    questions: { kk: ["сайлау қашан"], ru: ["когда выборы"], en: [en] },
    answer: { kk: "Жауап.", ru: "Ответ.", en: "Answer." },
    sources: [],
    related: [],
    asOf: "2023-03-19",
  } as unknown as Entry;
  return { entries: [entry], byId: new Map([[id, entry]]), categories: [], offTopic: [] };
}

describe("the build's search index", () => {
  it("decides every test question exactly as a searcher built at start-up", () => {
    const kb = loadKnowledge();
    const file = tmpFile();
    writeSearchCache(kb, file);
    const loaded = loadSearcher(kb, file);
    const built = createSearcher(kb.entries, {}, kb.offTopic);
    const questions = ["questions", "holdout"].flatMap((set) =>
      readQuestionSet(`test/fixtures/${set}.tsv`).map((r) => r.q),
    );
    expect(questions.length).toBeGreaterThan(800);
    for (const q of questions) expect(loaded.decide(q), q).toEqual(built.decide(q));
  });

  it("keeps its typed arrays through the file", () => {
    const index = buildSearchIndex(tinyKb("a", "when is the vote").entries);
    const back = decodeSearchIndex(encodeSearchIndex(index))!;
    expect(back.classifier.gains).toBeInstanceOf(Float32Array);
    expect(back.formTypos.owners).toBeInstanceOf(Int32Array);
    expect(back).toEqual(index);
  });

  it("is used when its key matches, so the key alone decides", () => {
    const a = tinyKb("a", "when is the vote");
    const b = tinyKb("b", "when is the vote");
    const file = tmpFile();
    writeFileSync(file, encodeSearchIndex(buildSearchIndex(b.entries), searchIndexKey(a)));
    expect(loadSearcher(a, file).rank("when is the vote")[0]?.id).toBe("b");
  });

  it("is built again for other knowledge, or when the file is broken or missing", () => {
    const a = tinyKb("a", "when is the vote");
    const other = tmpFile();
    writeSearchCache(tinyKb("b", "when is the vote"), other);
    expect(loadSearcher(a, other).rank("when is the vote")[0]?.id).toBe("a");
    const broken = tmpFile();
    writeSearchCache(a, broken);
    writeFileSync(broken, readFileSync(broken).subarray(0, 100));
    expect(loadSearcher(a, broken).rank("when is the vote")[0]?.id).toBe("a");
    expect(loadSearcher(a, join(tmpdir(), "no-such-saylau-index.bin")).rank("when is the vote")[0]?.id).toBe("a");
  });

  it("is read once per process: a second bot with the same knowledge gets the same searcher", () => {
    const a = tinyKb("a", "when is the vote");
    const file = tmpFile();
    writeSearchCache(a, file);
    expect(loadSearcher(a, file)).toBe(loadSearcher(a, file));
    expect(loadSearcher(tinyKb("a", "where is the vote"), file)).not.toBe(loadSearcher(a, file));
  });

  it("changes its key with the knowledge", () => {
    expect(searchIndexKey(tinyKb("a", "when is the vote"))).not.toBe(searchIndexKey(tinyKb("a", "where is the vote")));
  });
});
