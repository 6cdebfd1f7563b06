import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { loadKnowledge } from "../src/knowledge/load.js";
import type { Entry, OffTopicTheme } from "../src/knowledge/schema.js";
import { LANGS } from "../src/knowledge/schema.js";
import { PROJECT_ROOT } from "../src/paths.js";
import { readQuestionSet } from "../src/search/evaluate.js";
import { createSearcher } from "../src/search/index.js";

export interface SearchBenchFigures {
  entries: number;
  buildMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  queries: number;
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function mutate(text: string, donor: string, next: () => number): string {
  const words = text.split(/\s+/);
  const extra = donor.split(/\s+/);
  const out = words.map((w) => (next() < 0.15 && w.length > 4 ? w.slice(0, -1) : w));
  if (next() < 0.5) out.reverse();
  out.splice(Math.floor(next() * out.length), 0, extra[Math.floor(next() * extra.length)] ?? "");
  return out.join(" ");
}

/** A knowledge base `times` larger: copies of every entry whose paraphrases are shuffled, clipped and mixed with others. */
export function syntheticEntries(entries: readonly Entry[], times: number, seed = 7): Entry[] {
  const next = random(seed);
  const pick = () => entries[Math.floor(next() * entries.length)]!;
  const out: Entry[] = [];
  for (let i = 0; i < times; i++) {
    for (const e of entries) {
      const questions = Object.fromEntries(
        LANGS.map((l) => [l, e.questions[l].map((q) => (i === 0 ? q : mutate(q, pick().questions[l][0] ?? "", next)))]),
      ) as Entry["questions"];
      out.push({ ...e, id: i === 0 ? e.id : `${e.id}-x${i}`, questions });
    }
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function measure(
  entries: readonly Entry[],
  offTopic: readonly OffTopicTheme[],
  queries: readonly string[],
  rounds: number,
): SearchBenchFigures {
  const t0 = performance.now();
  const searcher = createSearcher(entries, {}, offTopic);
  const buildMs = performance.now() - t0;
  const next = random(11);
  // Warm the JIT on every language's code paths (Latin readings, Kazakh folding), as a running bot would be.
  for (const e of entries.slice(0, 100))
    for (const l of LANGS) for (const q of e.questions[l]) searcher.decide(mutate(q, e.title.en, next));
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      searcher.decide(q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    entries: entries.length,
    buildMs: round(buildMs),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    queries: times.length,
  };
}

const QUESTIONS = `${PROJECT_ROOT}test/fixtures/questions.tsv`;

export function runSearchBench(scale = 100): { real: SearchBenchFigures; synthetic: SearchBenchFigures } {
  const kb = loadKnowledge();
  const queries = existsSync(QUESTIONS)
    ? readQuestionSet(QUESTIONS).map((r) => r.q)
    : kb.entries.flatMap((e) => LANGS.flatMap((l) => e.questions[l]));
  return {
    real: measure(kb.entries, kb.offTopic, queries, 3),
    synthetic: measure(syntheticEntries(kb.entries, scale), kb.offTopic, queries, 1),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { real, synthetic } = runSearchBench();
  if (process.argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ real, synthetic })}\n`);
    process.exit(0);
  }
  const line = (name: string, f: SearchBenchFigures) =>
    `${name.padEnd(10)} ${String(f.entries).padStart(6)} entries  build ${f.buildMs.toFixed(0).padStart(6)} ms  decide p50 ${f.p50Ms.toFixed(3)} ms  p95 ${f.p95Ms.toFixed(3)} ms  p99 ${f.p99Ms.toFixed(3)} ms  (${f.queries} queries)`;
  console.log(line("real", real));
  console.log(line("100x", synthetic));
  console.log(
    `targets: p99 < 1 ms real (${real.p99Ms < 1 ? "met" : "MISSED"}), < 20 ms at 100x (${synthetic.p99Ms < 20 ? "met" : "MISSED"})`,
  );
}
