import { normalize } from "../search/analysis/normalize.js";
import type { Gap } from "../storage/index.js";

export interface GapGroup {
  question: string;
  count: number;
  langs: Record<string, number>;
  variants: string[];
  last: string;
}

const SAME_GROUP_AT = 0.6;

function tokens(text: string): Set<string> {
  // A crude stem (first 5 letters) lets "выборы"/"выборах" and "candidate"/"candidates" meet.
  return new Set(
    normalize(text)
      .split(" ")
      .filter((w) => w.length > 1)
      .map((w) => w.slice(0, 5)),
  );
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Groups similar unanswered questions, most asked first, so curators see what to add next. */
export function groupGaps(gaps: readonly Gap[], maxVariants = 3): GapGroup[] {
  const groups: (GapGroup & { key: Set<string>; seen: Set<string> })[] = [];
  for (const gap of gaps) {
    const key = tokens(gap.q);
    const norm = normalize(gap.q);
    let best: (typeof groups)[number] | undefined;
    let bestScore = 0;
    for (const g of groups) {
      const s = g.seen.has(norm) ? 1 : similarity(key, g.key);
      if (s > bestScore) [best, bestScore] = [g, s];
    }
    if (!best || bestScore < SAME_GROUP_AT) {
      best = { question: gap.q, count: 0, langs: {}, variants: [], last: gap.at, key, seen: new Set() };
      groups.push(best);
    }
    best.count++;
    best.langs[gap.lang] = (best.langs[gap.lang] ?? 0) + 1;
    if (gap.at > best.last) best.last = gap.at;
    if (!best.seen.has(norm)) {
      best.seen.add(norm);
      if (best.variants.length < maxVariants && gap.q !== best.question) best.variants.push(gap.q);
    }
  }
  return groups
    .map(({ key: _k, seen: _s, ...g }) => g)
    .sort((a, b) => b.count - a.count || b.last.localeCompare(a.last));
}
