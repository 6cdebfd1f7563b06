import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { readQuestionSet } from "../../src/search/evaluate.js";
import { createSearcher, type Decision, type SearchHit } from "../../src/search/index.js";

/**
 * Every decision and ranking the matcher makes on the project's question sets, recorded. A refactor must leave the
 * file unchanged; a change to matching updates it on purpose (`GOLDEN_UPDATE=1 npx vitest run test/search/golden.test.ts`)
 * in the same commit, with the eval figures in the message.
 */
const GOLDEN = new URL("./golden/decisions.txt", import.meta.url).pathname;
const SETS = ["questions.tsv", "holdout.tsv", "fresh.tsv", "blind-2026.tsv"];

const hit = (h: SearchHit) => `${h.id}@${h.score}`;
const list = (hits: readonly SearchHit[]) => hits.map(hit).join(" ");

function describeDecision(d: Decision): string {
  const lang = `lang=${d.queryLang ?? "-"}`;
  if (d.kind === "answer") return `answer ${hit(d.hit)} | alt ${list(d.alternatives)} | ${lang}`;
  if (d.kind === "suggest") return `suggest ${list(d.suggestions)} | ${lang}`;
  return `none${d.offTopic ? " off-topic" : ""} | ${lang}`;
}

function record(): string {
  const kb = loadKnowledge();
  const searcher = createSearcher(kb.entries, {}, kb.offTopic);
  const lines: string[] = [];
  for (const set of SETS) {
    for (const row of readQuestionSet(new URL(`../fixtures/${set}`, import.meta.url).pathname)) {
      lines.push(
        `${set} ${row.lang} ${row.q}`,
        `  decide: ${describeDecision(searcher.decide(row.q))}`,
        `  rank: ${list(searcher.rank(row.q))}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

describe("golden decisions on questions.tsv, holdout.tsv, fresh.tsv and blind-2026.tsv", () => {
  it("are exactly the recorded ones", () => {
    const now = record();
    if (process.env.GOLDEN_UPDATE === "1") writeFileSync(GOLDEN, now);
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: record it with GOLDEN_UPDATE=1`).toBe(true);
    const before = readFileSync(GOLDEN, "utf8").split("\n");
    const after = now.split("\n");
    const changed: string[] = [];
    for (let i = 0; i < Math.max(before.length, after.length) && changed.length < 20; i++) {
      if (before[i] !== after[i])
        changed.push(`line ${i + 1}\n  was: ${before[i] ?? "(none)"}\n  now: ${after[i] ?? "(none)"}`);
    }
    expect(changed, `decisions changed (first ${changed.length}):\n${changed.join("\n")}`).toEqual([]);
  }, 120_000);
});
