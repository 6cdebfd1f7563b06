import { readFileSync } from "node:fs";
import { isLang, type Lang } from "../knowledge/schema.js";
import type { Searcher } from "./types.js";

export const OUT_OF_SCOPE = "none";

export interface LabelledQuestion {
  /** The entry that answers it, `none` for a question to decline, or `a|b` when either entry holds the answer. */
  id: string;
  lang: Lang;
  kind: string;
  q: string;
}

export class EvalSetError extends Error {
  override name = "EvalSetError";
}

/** Reads `id<TAB>lang<TAB>kind<TAB>q` lines (a header line and blank lines are skipped). */
export function parseQuestionSet(text: string, source: string): LabelledQuestion[] {
  const rows: LabelledQuestion[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim() || (i === 0 && /^id\tlang\t/.test(line))) return;
    const [id, lang, kind, ...rest] = line.split("\t");
    const q = rest.join("\t").trim();
    if (!id || !kind || !q || !isLang(lang))
      throw new EvalSetError(`${source}:${i + 1}: expected "id<TAB>kk|ru|en<TAB>kind<TAB>question"`);
    rows.push({ id: id.trim(), lang, kind: kind.trim(), q });
  });
  return rows;
}

/** The entries whose answer counts as right for a row. */
export const acceptedIds = (row: Pick<LabelledQuestion, "id">): string[] => row.id.split("|");

export function readQuestionSet(file: string): LabelledQuestion[] {
  return parseQuestionSet(readFileSync(file, "utf8"), file);
}

export interface Figures {
  total: number;
  inScope: number;
  outOfScope: number;
  top1: number;
  top3: number;
  wrong: number;
  falseAbstain: number;
  abstainPrecision: number;
  abstainRecall: number;
}

interface Tally {
  total: number;
  inScope: number;
  right: number;
  inTop3: number;
  wrong: number;
  falseAbstain: number;
  abstained: number;
  abstainedOut: number;
  out: number;
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);

export function evaluate(
  searcher: Searcher,
  rows: readonly LabelledQuestion[],
  groupOf: (r: LabelledQuestion) => string[] = () => [],
): Map<string, Figures> {
  const tallies = new Map<string, Tally>();
  const bump = (key: string, f: (t: Tally) => void) => {
    const t = tallies.get(key) ?? {
      total: 0,
      inScope: 0,
      right: 0,
      inTop3: 0,
      wrong: 0,
      falseAbstain: 0,
      abstained: 0,
      abstainedOut: 0,
      out: 0,
    };
    f(t);
    tallies.set(key, t);
  };
  for (const row of rows) {
    const decision = searcher.decide(row.q);
    const answered = decision.kind === "answer" ? decision.hit.id : undefined;
    const isOut = row.id === OUT_OF_SCOPE;
    const wanted = acceptedIds(row);
    const top3 = isOut ? false : searcher.rank(row.q, 3).some((h) => wanted.includes(h.id));
    for (const key of ["all", ...groupOf(row)]) {
      bump(key, (t) => {
        t.total++;
        if (!answered) t.abstained++;
        if (isOut) {
          t.out++;
          if (!answered) t.abstainedOut++;
          return;
        }
        t.inScope++;
        if (answered !== undefined && wanted.includes(answered)) t.right++;
        else if (answered) t.wrong++;
        else t.falseAbstain++;
        if (top3) t.inTop3++;
      });
    }
  }
  const figures = new Map<string, Figures>();
  for (const [key, t] of tallies) {
    figures.set(key, {
      total: t.total,
      inScope: t.inScope,
      outOfScope: t.out,
      top1: ratio(t.right, t.inScope),
      top3: ratio(t.inTop3, t.inScope),
      wrong: ratio(t.wrong, t.inScope),
      falseAbstain: ratio(t.falseAbstain, t.inScope),
      abstainPrecision: ratio(t.abstainedOut, t.abstained),
      abstainRecall: ratio(t.abstainedOut, t.out),
    });
  }
  return figures;
}
