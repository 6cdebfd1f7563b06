import type { Lookup } from "../index/lookup.js";
import type { SearchHit } from "../types.js";
import type { Scratch } from "./scratch.js";
import type { TokenMatch } from "./tokens.js";

/**
 * Near twins share most of their words, so global IDF cannot tell them apart. Among the few close candidates, a
 * term's weight is scaled by how well it separates them (a term every candidate has carries nothing), and each
 * candidate's best paraphrase F-measure is recomputed with those weights: a twin whose paraphrases need a word the
 * question lacks ("years" in "for how many years are deputies elected") loses to the one that does not.
 *
 * Returns each candidate's penalty: contrastWeight × (the best local F − its own).
 */
export function contrast(
  lookup: Lookup,
  scratch: Scratch,
  pool: SearchHit[],
  tokens: TokenMatch[],
  beta2: number,
  touched: Int32Array,
): number[] {
  const { opts, termIdOf, keyStart, keyTermIds, paraEntryOf, paraStart, paraTermIds, paraTermIdf } = lookup;
  const { slotOf, sharedBy } = scratch;
  const ids = pool.map((h) => lookup.docIndex.get(h.id)!);
  const k = ids.length;
  for (const e of ids) for (let i = keyStart[e]!; i < keyStart[e + 1]!; i++) sharedBy[keyTermIds[i]!]!++;
  const discOf = (id: number | undefined) => 1 - (id === undefined ? 0 : sharedBy[id]!) / k + opts.contrastFloor;
  const tokenWeights = tokens.map((t) => {
    let best = t.terms.size === 0 ? 1 + opts.contrastFloor : 0;
    for (const term of t.terms.keys()) best = Math.max(best, discOf(termIdOf.get(term)));
    return t.weight * best;
  });
  const queryMass = tokenWeights.reduce((a, b) => a + b, 0) || 1;
  // Which tokens each term can satisfy, so a paraphrase is walked by its own few terms, not by every fuzzy term.
  const byTerm = new Map<number, [number, number][]>();
  tokens.forEach((tok, i) => {
    for (const [term, c] of tok.terms) {
      const id = termIdOf.get(term);
      if (id === undefined) continue;
      const list = byTerm.get(id);
      if (list) list.push([i, c]);
      else byTerm.set(id, [[i, c]]);
    }
  });
  if (scratch.credit.length < tokens.length) {
    scratch.credit = new Float64Array(tokens.length);
    scratch.found = new Float64Array(tokens.length);
  }
  const { credit, found } = scratch;
  const fs = ids.map(() => 0);
  ids.forEach((e, i) => {
    slotOf[e] = i;
  });
  // Only paraphrases the question reached can have a non-zero F, so only those are walked (speed).
  for (const p of touched) {
    const at = slotOf[paraEntryOf[p]!]!;
    if (at < 0) continue;
    credit.fill(0, 0, tokens.length);
    found.fill(0, 0, tokens.length);
    let mass = 0;
    for (let j = paraStart[p]!; j < paraStart[p + 1]!; j++) {
      const weight = paraTermIdf[j]! * discOf(paraTermIds[j]!);
      mass += weight;
      const satisfied = byTerm.get(paraTermIds[j]!);
      if (satisfied)
        for (const [i, c] of satisfied)
          if (c > credit[i]!) {
            credit[i] = c;
            found[i] = weight * c;
          }
    }
    let q = 0;
    let d = 0;
    for (let i = 0; i < tokens.length; i++) {
      q += tokenWeights[i]! * credit[i]!;
      d += found[i]!;
    }
    const qc = q / queryMass;
    const dc = mass > 0 ? Math.min(1, d / mass) : 0;
    const f = ((1 + beta2) * qc * dc) / (beta2 * qc + dc || 1);
    if (f > fs[at]!) fs[at] = f;
  }
  for (const e of ids) {
    slotOf[e] = -1;
    for (let i = keyStart[e]!; i < keyStart[e + 1]!; i++) sharedBy[keyTermIds[i]!] = 0;
  }
  // Every candidate loses in proportion to how far its local F falls short of the best one: no score ever rises,
  // so the contrast can reorder twins or widen a margin but never pushes a question over the answer bar. (Scoring
  // against the top hit's local F instead, which lifts a locally better twin, answered more out-of-scope questions.)
  const best = Math.max(...fs);
  return fs.map((f) => opts.contrastWeight * (best - f));
}
