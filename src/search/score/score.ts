import type { Lang } from "../../knowledge/schema.js";
import { contentWords } from "../analysis/analyze.js";
import { isLatin } from "../analysis/normalize.js";
import { type Lookup, PLACES } from "../index/lookup.js";
import type { SearchHit } from "../types.js";
import { contrast } from "./contrast.js";
import type { Rerank } from "./rerank.js";
import { createScratch } from "./scratch.js";
import type { TokenMatcher } from "./tokens.js";

/** Hits, best first, and the classifier's posterior for those it weighed among the close candidates. */
export interface Scored {
  hits: SearchHit[];
  posterior: ReadonlyMap<string, number>;
}

const NO_POSTERIOR: ReadonlyMap<string, number> = new Map();

/**
 * Scores a question against every document in three stages: coverage and the best paraphrase's F-measure over the
 * postings (docs/search.md, "Scoring"), then the contrast among close candidates, then the classifier's second
 * opinion. Scores only ever fall after the first stage.
 */
export function scorer(
  lookup: Lookup,
  detectLang: (text: string) => Lang | undefined,
  matcher: TokenMatcher,
  rerank: Rerank,
): (query: string) => Scored {
  const { opts, maxIdf, docs, idf, paraPostings, entryPostings, paraMass, paraEntryOf } = lookup;
  const scratch = createScratch(lookup);
  const { paraQuery, paraDoc, paraToken, entryCover, entryToken, entryBestPara } = scratch;
  const { touchedParas, tokenParas, touchedEntries, tokenEntries, sortKeys } = scratch;

  /** The few best hits within `spread` of the top, each lowered by what `penalties` gives it; the rest unchanged. */
  function lowerClose(hits: SearchHit[], spread: number, penalties: (pool: SearchHit[]) => number[]): SearchHit[] {
    const top = hits[0];
    if (!top) return hits;
    const pool = hits.filter((h, i) => i < opts.nbCandidates && h.score >= top.score - spread);
    if (pool.length < 2) return hits;
    const minus = penalties(pool);
    const rescored = pool
      // A penalty may exceed a weak score: confidence stays in 0..1.
      .map((h, i) => ({ id: h.id, score: Math.max(0, Math.round((h.score - minus[i]!) * 1000) / 1000) }))
      .sort((a, b) => b.score - a.score);
    // Scores only fall, so the rest stays in order: each lowered hit is merged in ahead of the rest hits it ties with.
    const out: SearchHit[] = [];
    let i = 0;
    for (let j = pool.length; j < hits.length; j++) {
      while (i < rescored.length && rescored[i]!.score >= hits[j]!.score) out.push(rescored[i++]!);
      out.push(hits[j]!);
    }
    return out.concat(rescored.slice(i));
  }

  return (query: string): Scored => {
    const words = [...new Set(contentWords(query.slice(0, opts.maxQueryLength)))].slice(0, opts.maxQueryTokens);
    if (words.length === 0) return { hits: [], posterior: NO_POSTERIOR };
    const unknownWeight = (opts.unknownWeight * maxIdf) / Math.max(1, words.length / opts.longQueryWords);
    const beta2 = Math.min(opts.maxBeta, Math.max(1, words.length / opts.longQueryWords)) ** 2;
    const floor = opts.minIdfShare * maxIdf;
    const paraFloor = opts.paraphraseIdfShare * maxIdf;
    const english = opts.latinReadings > 1 && words.some(isLatin) && detectLang(query) === "en";
    const tokens = words.map((w) => matcher.matchToken(w, unknownWeight, english)).filter((t) => t.weight >= floor);
    const total = tokens.reduce((s, t) => s + t.weight, 0);
    if (total === 0) return { hits: [], posterior: NO_POSTERIOR };
    let nParas = 0;
    let nEntries = 0;
    for (const token of tokens) {
      let nTokenParas = 0;
      let nTokenEntries = 0;
      for (const [term, sim] of token.terms) {
        const w = idf(term) * sim;
        const paraList = paraPostings.get(term);
        if (paraList && paraList.length <= opts.maxParaphrasePostings && idf(term) >= paraFloor)
          for (const p of paraList) {
            if (paraToken[p] === 0) tokenParas[nTokenParas++] = p;
            if (sim > paraToken[p]!) paraToken[p] = sim;
            if (paraQuery[p] === 0 && paraDoc[p] === 0) touchedParas[nParas++] = p;
            paraDoc[p]! += w;
          }
        const packed = entryPostings.get(term);
        if (!packed) continue;
        for (let i = 0; i < packed.ids.length; i++) {
          const e = packed.ids[i]!;
          const v = sim * packed.weights[i]!;
          if (entryToken[e] === 0) tokenEntries[nTokenEntries++] = e;
          if (v > entryToken[e]!) entryToken[e] = v;
        }
      }
      for (let k = 0; k < nTokenParas; k++) {
        const p = tokenParas[k]!;
        paraQuery[p]! += token.weight * paraToken[p]!;
        paraToken[p] = 0;
      }
      for (let k = 0; k < nTokenEntries; k++) {
        const e = tokenEntries[k]!;
        if (entryCover[e] === 0) touchedEntries[nEntries++] = e;
        entryCover[e]! += token.weight * entryToken[e]!;
        entryToken[e] = 0;
      }
    }
    const reached = touchedParas.subarray(0, nParas);
    for (const p of reached) {
      const qc = paraQuery[p]! / total;
      const dc = Math.min(1, paraDoc[p]! / paraMass[p]!);
      const f = ((1 + beta2) * qc * dc) / (beta2 * qc + dc || 1);
      const e = paraEntryOf[p]!;
      if (f > entryBestPara[e]!) entryBestPara[e] = f;
      paraQuery[p] = 0;
      paraDoc[p] = 0;
    }
    // Sorted natively, not by a comparator (whose every call left a number to collect): a key packs the score in
    // thousandths above the hit's place in the list, so ties keep their order.
    const keys = sortKeys.subarray(0, nEntries);
    for (let i = 0; i < nEntries; i++) {
      const e = touchedEntries[i]!;
      const value = opts.entryShare * (entryCover[e]! / total) + (1 - opts.entryShare) * entryBestPara[e]!;
      keys[i] = Math.round(value * 1000) * PLACES + (PLACES - 1 - i);
      entryCover[e] = 0;
      entryBestPara[e] = 0;
    }
    for (const p of reached) entryBestPara[paraEntryOf[p]!] = 0;
    keys.sort();
    const hits: SearchHit[] = [];
    for (let k = nEntries - 1; k >= 0; k--) {
      const milli = Math.floor(keys[k]! / PLACES);
      hits.push({ id: docs[touchedEntries[PLACES - 1 - (keys[k]! - milli * PLACES)]!]!, score: milli / 1000 });
    }
    const contrasted =
      opts.contrastWeight > 0
        ? lowerClose(hits, opts.contrastSpread, (pool) => contrast(lookup, scratch, pool, tokens, beta2, reached))
        : hits;
    if (opts.nbWeight === 0) return { hits: contrasted, posterior: NO_POSTERIOR };
    const posterior = new Map<string, number>();
    return { hits: lowerClose(contrasted, opts.nbSpread, (pool) => rerank(pool, words, tokens, posterior)), posterior };
  };
}
