import type { Lookup } from "../index/lookup.js";

/**
 * Every buffer a question is scored in, allocated once per searcher and left zeroed after each question: a question
 * reaches thousands of paraphrases, and a typed array made per question is garbage outside the heap, so GC pauses.
 * One searcher scores one question at a time (Node runs one at a time), so one scratch serves it.
 */
export interface Scratch {
  /** Per paraphrase: the question's weight it covers, its own weight the question covers, and the current token's best credit. */
  paraQuery: Float64Array;
  paraDoc: Float64Array;
  paraToken: Float64Array;
  /** Per document: coverage, the current token's best credit, and the best paraphrase F-measure. */
  entryCover: Float64Array;
  entryToken: Float64Array;
  entryBestPara: Float64Array;
  /** What the question (and its current token) reached, as lists to walk and to clear. */
  touchedParas: Int32Array;
  tokenParas: Int32Array;
  touchedEntries: Int32Array;
  tokenEntries: Int32Array;
  sortKeys: Float64Array;
  /** Contrast: each candidate's slot among the pool (−1 outside it), how many candidates hold each term. */
  slotOf: Int32Array;
  sharedBy: Int32Array;
  /** Contrast, per query token; grown when a question has more tokens. */
  credit: Float64Array;
  found: Float64Array;
}

export function createScratch(lookup: Lookup): Scratch {
  const paras = lookup.paraCount;
  const docs = lookup.docs.length;
  return {
    paraQuery: new Float64Array(paras),
    paraDoc: new Float64Array(paras),
    paraToken: new Float64Array(paras),
    entryCover: new Float64Array(docs),
    entryToken: new Float64Array(docs),
    entryBestPara: new Float64Array(docs),
    touchedParas: new Int32Array(paras),
    tokenParas: new Int32Array(paras),
    touchedEntries: new Int32Array(docs),
    tokenEntries: new Int32Array(docs),
    sortKeys: new Float64Array(docs),
    slotOf: new Int32Array(docs).fill(-1),
    sharedBy: new Int32Array(lookup.termIdOf.size),
    credit: new Float64Array(lookup.opts.maxQueryTokens),
    found: new Float64Array(lookup.opts.maxQueryTokens),
  };
}
