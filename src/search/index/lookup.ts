import type { Lang } from "../../knowledge/schema.js";
import type { SearchOptions } from "../defaults.js";
import { SearchError } from "../types.js";
import type { SearchIndex } from "./build.js";
import type { FuzzyIndex } from "./fuzzy-index.js";

/** A hit's place in its list fits below its score in one sort key (score/score.ts). */
export const PLACES = 2 ** 21;

/**
 * The index's lists as the maps, postings and flat typed arrays a searcher looks things up in: what can be derived
 * from the saved index in a moment is derived here rather than saved. Nothing here changes after it is made.
 */
export interface Lookup {
  opts: SearchOptions;
  docs: readonly string[];
  /** Document id → its place in docs. */
  docIndex: Map<string, number>;
  maxIdf: number;
  lexicon: Record<Lang, Set<string>>;
  /** Index form → the term it stands for, and the FROM_* languages it was seen in. */
  formsOf: Map<string, string>;
  formSource: Map<string, number>;
  termIdOf: Map<string, number>;
  idf(term: string): number;
  entryVocabulary: Set<string>;
  englishWords: Set<string>;
  /** Term → the paraphrases that hold it. */
  paraPostings: Map<string, Int32Array>;
  /** Term → the documents that hold it, with the term's weight in each. */
  entryPostings: Map<string, { ids: Int32Array; weights: Float64Array }>;
  paraCount: number;
  paraEntryOf: Int32Array;
  paraMass: Float64Array;
  /** Paraphrase p's term ids and their IDF sit at [paraStart[p], paraStart[p + 1]) of paraTermIds and paraTermIdf. */
  paraStart: Int32Array;
  paraTermIds: Int32Array;
  paraTermIdf: Float64Array;
  /** Document d's key terms (from its paraphrases and title, weight 1) sit at [keyStart[d], keyStart[d + 1]). */
  keyStart: Int32Array;
  keyTermIds: Int32Array;
  formTypos: FuzzyIndex;
  spellingTypos: FuzzyIndex;
}

export function lookupFromIndex(index: SearchIndex): Lookup {
  const { options: opts, maxIdf, paraEntry, paraTerms, docIds: docs, docWeights: weights } = index;
  if (docs.length > PLACES) throw new SearchError(`createSearcher: more than ${PLACES} entries and off-topic themes`);
  const termIdOf = new Map(index.idfTerms.map((t, i) => [t, i]));
  const idfById = Float64Array.from(index.idfValues);
  const idf = (t: string) => {
    const id = termIdOf.get(t);
    return id === undefined ? maxIdf : idfById[id]!;
  };
  const entryTerms = index.docTerms.map((terms, d) => new Map(terms.map((t, i) => [t, weights[d]![i]!])));

  const entryPostings = new Map<string, [number, number][]>();
  entryTerms.forEach((terms, e) => {
    for (const [t, w] of terms) {
      const list = entryPostings.get(t) ?? [];
      list.push([e, w]);
      entryPostings.set(t, list);
    }
  });
  // Paraphrase terms as numbers in flat lists too: the contrast step visits every term of its candidates' paraphrases.
  const postings = new Map<string, number[]>();
  const paraMass = new Float64Array(paraTerms.length);
  const paraStart = new Int32Array(paraTerms.length + 1);
  const paraTermIds = new Int32Array(paraTerms.reduce((n, terms) => n + terms.length, 0));
  const paraTermIdf = new Float64Array(paraTermIds.length);
  paraTerms.forEach((terms, p) => {
    let at = paraStart[p]!;
    for (const t of terms) {
      paraTermIds[at] = termIdOf.get(t)!;
      paraTermIdf[at] = idf(t);
      paraMass[p]! += paraTermIdf[at++]!;
      const list = postings.get(t) ?? [];
      list.push(p);
      postings.set(t, list);
    }
    paraStart[p + 1] = at;
  });

  const keyStart = new Int32Array(docs.length + 1);
  const keyTerms: number[] = [];
  entryTerms.forEach((terms, e) => {
    for (const [t, w] of terms) if (w === 1) keyTerms.push(termIdOf.get(t)!);
    keyStart[e + 1] = keyTerms.length;
  });

  return {
    opts,
    docs,
    docIndex: new Map(docs.map((id, i) => [id, i])),
    maxIdf,
    lexicon: { kk: new Set(index.lexicon.kk), ru: new Set(index.lexicon.ru), en: new Set(index.lexicon.en) },
    formsOf: new Map(index.forms.map((f, i) => [f, index.formTerms[i]!])),
    formSource: new Map(index.forms.map((f, i) => [f, index.formSources[i]!])),
    termIdOf,
    idf,
    entryVocabulary: new Set(index.entryVocabulary),
    englishWords: new Set(index.englishWords),
    paraPostings: new Map([...postings].map(([t, list]) => [t, Int32Array.from(list)])),
    entryPostings: new Map(
      [...entryPostings].map(([t, list]) => [
        t,
        { ids: Int32Array.from(list, ([e]) => e), weights: Float64Array.from(list, ([, w]) => w) },
      ]),
    ),
    paraCount: paraTerms.length,
    paraEntryOf: Int32Array.from(paraEntry),
    paraMass,
    paraStart,
    paraTermIds,
    paraTermIdf,
    keyStart,
    keyTermIds: Int32Array.from(keyTerms),
    formTypos: index.formTypos,
    spellingTypos: index.spellingTypos,
  };
}
