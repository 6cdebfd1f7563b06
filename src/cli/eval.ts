import { existsSync } from "node:fs";
import { clockFor, kazakhstanYear } from "../clock.js";
import { loadKnowledge } from "../knowledge/load.js";
import { withYearOf } from "../search/analysis/relative-years.js";
import { createBaselineSearcher } from "../search/baseline.js";
import {
  acceptedIds,
  evaluate,
  type Figures,
  type LabelledQuestion,
  OUT_OF_SCOPE,
  readQuestionSet,
} from "../search/evaluate.js";
import { createSearcher, SEARCH_DEFAULTS } from "../search/index.js";
import { toolArgs } from "./args.js";
import { localConfig } from "./local-config.js";

const DEFAULT_SET = new URL("../../test/fixtures/questions.tsv", import.meta.url).pathname;

const { values } = toolArgs(
  "eval",
  "usage: npm run --silent eval -- [--set FILE] [--ours-only] [--verbose] [--opt name=value]",
  {
    options: {
      set: { type: "string" },
      verbose: { type: "boolean", default: false },
      "ours-only": { type: "boolean", default: false },
      opt: { type: "string", multiple: true },
    },
  },
);
const file = values.set ?? DEFAULT_SET;
if (!existsSync(file)) {
  console.error(`eval: no question set at ${file} (pass --set FILE with lines "id<TAB>lang<TAB>kind<TAB>question")`);
  process.exit(2);
}

const kb = loadKnowledge();
const rows = readQuestionSet(file);
const unknown = rows.filter((r) => r.id !== OUT_OF_SCOPE && acceptedIds(r).some((id) => !kb.byId.has(id)));
if (unknown.length > 0)
  console.warn(
    `eval: ${unknown.length} questions point at ids not in knowledge/ (counted as in scope): ${[...new Set(unknown.map((r) => r.id))].slice(0, 10).join(", ")}`,
  );

const overrides = Object.fromEntries(
  (values.opt ?? []).map((kv) => {
    const [k, v] = kv.split("=");
    if (!k || !(k in SEARCH_DEFAULTS) || v === undefined || !Number.isFinite(Number(v))) {
      console.error(`eval: --opt takes name=number with a name from SEARCH_DEFAULTS (got "${kv}")`);
      process.exit(2);
    }
    return [k, Number(v)];
  }),
);
// "This year" is read as the bot reads it: the year of BOT_NOW, else of today.
const clock = clockFor(localConfig("eval").BOT_NOW);
const ours = withYearOf(createSearcher(kb.entries, overrides, kb.offTopic), () => kazakhstanYear(clock()));
const base = createBaselineSearcher(kb.entries);
const groups = (r: LabelledQuestion) => [`lang ${r.lang}`, `kind ${r.kind}`];
const a = evaluate(ours, rows, groups);
const b = values["ours-only"] ? new Map<string, Figures>() : evaluate(base, rows, groups);

const pct = (x: number) => (Number.isNaN(x) ? "  -  " : `${(100 * x).toFixed(1).padStart(5)}`);
const pair = (f: Figures | undefined, g: Figures | undefined, k: keyof Figures) =>
  `${pct(f?.[k] ?? Number.NaN)} ${pct(g?.[k] ?? Number.NaN)}`;
// The headline is right / wrong / no answer of the in-scope questions: a wrong answer is worse than none.
// "declined" is the share of out-of-scope questions the bot rightly did not answer.
const head = [
  "group".padEnd(18),
  "n".padStart(4),
  "right ours base",
  "wrong ours base",
  "no answer ours base",
  "declined ours base",
  "top-3 ours base",
  "abstP ours base",
];
console.log(
  `${file.split("/").pop()}: ${rows.length} questions, ${kb.entries.length} entries (ours vs plain fuse.js baseline, %)`,
);
console.log(head.join(" | "));
const order = ["all", "lang kk", "lang ru", "lang en", ...[...a.keys()].filter((k) => k.startsWith("kind ")).sort()];
for (const key of order) {
  const f = a.get(key);
  if (!f) continue;
  const g = b.get(key);
  console.log(
    [
      key.padEnd(18),
      String(f.total).padStart(4),
      `     ${pair(f, g, "top1")}`,
      `     ${pair(f, g, "wrong")}`,
      `         ${pair(f, g, "falseAbstain")}`,
      `        ${pair(f, g, "abstainRecall")}`,
      `     ${pair(f, g, "top3")}`,
      `     ${pair(f, g, "abstainPrecision")}`,
    ].join(" | "),
  );
}

if (values.verbose) {
  for (const r of rows) {
    const d = ours.decide(r.q);
    const got = d.kind === "answer" ? d.hit.id : OUT_OF_SCOPE;
    if (acceptedIds(r).includes(got)) continue;
    const top = ours
      .rank(r.q, 3)
      .map((h) => `${h.id}:${h.score}`)
      .join(" ");
    console.log(`MISS [${r.lang} ${r.kind}] want ${r.id} got ${d.kind}:${got} | ${top} | ${r.q}`);
  }
}
