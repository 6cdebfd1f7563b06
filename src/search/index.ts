import type { Entry, Lang, OffTopicTheme } from "../knowledge/schema.js";
import { LANGS } from "../knowledge/schema.js";
import {
  contentWords,
  FROM_ANY,
  FROM_EN,
  FROM_KK,
  FROM_RU,
  FROM_SURFACE,
  forgetIndexForms,
  indexForm,
  isStopword,
  queryForms,
  queryReadings,
  surfaceForm,
} from "./analyze.js";
import {
  type ClassifierData,
  charGrams,
  createClassifier,
  createClassifierBuilder,
  type Features,
} from "./classifier.js";
import { SEARCH_DEFAULTS, type SearchOptions } from "./defaults.js";
import { langDetector } from "./detect-lang.js";
import { buildFuzzyIndex, type FuzzyIndex, fuzzyLookup, maxEdits, osaDistance } from "./fuzzy-index.js";
import { isCyrillic, isLatin, kazakhFold, tokenize } from "./normalize.js";
import { QUESTION_GROUPS, SALIENT_GROUPS, SYNONYM_GROUPS } from "./synonyms.js";
import { layoutToCyrillic, layoutToLatin } from "./translit.js";
import type { Decision, Searcher, SearchHit } from "./types.js";

export { SEARCH_DEFAULTS } from "./defaults.js";
export type { Decision, Searcher, SearchHit } from "./types.js";

export class SearchError extends Error {
  override name = "SearchError";
}

/** Hits, best first, and the classifier's posterior for those it weighed among the close candidates. */
interface Scored {
  hits: SearchHit[];
  posterior: ReadonlyMap<string, number>;
}

const NO_POSTERIOR: ReadonlyMap<string, number> = new Map();

interface TokenMatch {
  weight: number;
  terms: Map<string, number>;
}

/** Similarity of two index forms: edit distance over length, with a bonus for one being a prefix of the other. */
export function formSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const short = a.length < b.length ? a : b;
  const long = a.length < b.length ? b : a;
  const max = Math.max(2, Math.ceil(long.length / 3));
  const edit = 1 - osaDistance(a, b, max) / long.length;
  const prefix = short.length >= 4 && long.startsWith(short) ? 0.92 - 0.03 * (long.length - short.length) : 0;
  return Math.max(edit, prefix);
}

/** What the index is built from: an entry, or an off-topic theme (no title, no answer). */
interface Doc {
  id: string;
  questions: Record<Lang, readonly string[]>;
  title?: Record<Lang, string>;
  answer?: Record<Lang, string>;
}

const OFF_TOPIC = "~off-topic:";
// A hit's place in its list fits below its score in one sort key.
const PLACES = 2 ** 21;

/**
 * Everything a searcher needs at question time, as plain data. Building it analyses every paraphrase and answer,
 * most of start-up; `npm run build` saves it (src/knowledge/search-cache.ts) and the bot loads it, as MiniSearch's
 * loadJSON does. Lists keep their build order, so a loaded searcher decides exactly as a freshly built one.
 */
export interface SearchIndex {
  options: SearchOptions;
  docIds: string[];
  lexicon: Record<Lang, string[]>;
  /** Index forms, the term each stands for, and the FROM_* languages it was seen in. */
  forms: string[];
  formTerms: string[];
  formSources: number[];
  idfTerms: string[];
  idfValues: number[];
  maxIdf: number;
  /** Per document: its terms and their weights (1 from a paraphrase or title, answerWeight from the answer only). */
  docTerms: string[][];
  docWeights: number[][];
  paraEntry: number[];
  /** Per paraphrase: its distinct terms, in order of first use. */
  paraTerms: string[][];
  entryVocabulary: string[];
  englishWords: string[];
  classifier: ClassifierData;
  /** Typo look-ups: over every index form, and over the entries' English words as written. */
  formTypos: FuzzyIndex;
  spellingTypos: FuzzyIndex;
}

const wordGrams = (word: string) => {
  const surface = surfaceForm(word);
  return surface.length >= 2 ? charGrams(surface).map((g) => `#${g}`) : [];
};

function checkedOptions(options: Partial<SearchOptions>): SearchOptions {
  const opts: SearchOptions = { ...SEARCH_DEFAULTS, ...options };
  for (const [key, value] of Object.entries(opts)) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new SearchError(`createSearcher: option ${key} must be a non-negative number (got ${String(value)})`);
    }
  }
  return opts;
}

/**
 * Off-topic themes are indexed like entries, so a question that shares a word with the domain ("renew my ID card")
 * but reads like an off-topic example finds that example first; such a hit is an abstention and never shown.
 */
export function createSearcher(
  entries: readonly Entry[],
  options: Partial<SearchOptions> = {},
  offTopic: readonly OffTopicTheme[] = [],
): Searcher {
  return searcherFromIndex(buildSearchIndex(entries, options, offTopic));
}

export function buildSearchIndex(
  entries: readonly Entry[],
  options: Partial<SearchOptions> = {},
  offTopic: readonly OffTopicTheme[] = [],
): SearchIndex {
  const opts = checkedOptions(options);
  const ids = entries.map((e) => e.id);
  if (new Set(ids).size !== ids.length) throw new SearchError("createSearcher: entry ids must be unique");
  const docs: Doc[] = [...entries, ...offTopic.map((t) => ({ id: `${OFF_TOPIC}${t.id}`, questions: t.questions }))];

  const synonym = new Map<string, string>();
  SYNONYM_GROUPS.forEach((group, i) => {
    for (const word of group)
      for (const w of tokenize(word)) for (const f of queryForms(w)) if (f.length > 1) synonym.set(f, `~${i}`);
  });
  const canonical = (form: string) => synonym.get(form) ?? form;

  const lexicon: Record<Lang, Set<string>> = { kk: new Set(), ru: new Set(), en: new Set() };
  const entryTerms: Map<string, number>[] = [];
  const paraphrases: { entry: number; terms: string[] }[] = [];
  const df = new Map<string, number>();
  const entryVocabulary = new Set<string>();
  // The entries' English words as written, to correct an English question's spelling before transliteration.
  const englishWords = new Set<string>();
  const formsOf = new Map<string, string>();
  const surfaceOf = new Map<string, string>();
  const formSource = new Map<string, number>();
  const addSource = (form: string, mask: number) => formSource.set(form, (formSource.get(form) ?? 0) | mask);
  const LANG_SOURCE: Record<Lang, number> = { kk: FROM_KK, ru: FROM_RU, en: FROM_EN };

  const training = createClassifierBuilder(docs.length);
  const gramCache = new Map<string, string[]>();
  const gramsOf = (word: string) => {
    let grams = gramCache.get(word);
    if (!grams) {
      grams = wordGrams(word);
      gramCache.set(word, grams);
    }
    return grams;
  };

  // A word's term per language, once: registering its forms again changes nothing, and most words recur (speed).
  const termOf = new Map<string, string>();
  const termFor = (w: string, lang: Lang): string => {
    const key = `${lang}:${w}`;
    let term = termOf.get(key);
    if (term !== undefined) return term;
    const form = indexForm(w, lang);
    term = form ? canonical(form) : "";
    if (form) {
      formsOf.set(form, term);
      addSource(form, LANG_SOURCE[lang]);
      const surface = surfaceForm(w);
      addSource(surface, LANG_SOURCE[lang] | FROM_SURFACE);
      if (opts.surfaceForms && surface.length >= opts.minFuzzyLength && !formsOf.has(surface))
        surfaceOf.set(surface, term);
    }
    termOf.set(key, term);
    return term;
  };

  // Each text is tokenised once, and each distinct word folded and checked against the stopwords once (speed).
  const wordInfo = new Map<string, { folded: string; stop: boolean }>();
  const infoOf = (w: string) => {
    let info = wordInfo.get(w);
    if (!info) {
      info = { folded: kazakhFold(w), stop: isStopword(w) };
      wordInfo.set(w, info);
    }
    return info;
  };
  const read = (text: string, lang: Lang, spelt?: Set<string>) => {
    const words = tokenize(text);
    for (const w of words) {
      lexicon[lang].add(infoOf(w).folded);
      if (spelt && isLatin(w)) spelt.add(w);
    }
    return words;
  };

  const analyse = (words: string[], lang: Lang, learn?: (f: string, w: number) => void) => {
    const out: string[] = [];
    for (const w of words) {
      if (infoOf(w).stop) continue;
      if (learn) for (const g of gramsOf(w)) learn(g, opts.nbGramWeight);
      const term = termFor(w, lang);
      if (!term) continue;
      if (learn && out.length > 0 && opts.nbBigramWeight > 0)
        learn(`${out[out.length - 1]}+${term}`, opts.nbBigramWeight);
      out.push(term);
      if (learn) learn(term, opts.nbTermWeight);
    }
    return out;
  };

  docs.forEach((doc, index) => {
    const terms = new Map<string, number>();
    const add = (term: string, weight: number) => terms.set(term, Math.max(terms.get(term) ?? 0, weight));
    for (const lang of LANGS) {
      const spelt = lang === "en" && index < entries.length ? englishWords : undefined;
      const answer = read(doc.answer?.[lang] ?? "", lang, spelt);
      for (const q of doc.title ? [...doc.questions[lang], doc.title[lang]] : doc.questions[lang]) {
        const list = analyse(read(q, lang, spelt), lang, (f, w) => training.add(index, f, w));
        for (const t of list) add(t, 1);
        if (list.length > 0) paraphrases.push({ entry: index, terms: [...new Set(list)] });
      }
      for (const t of analyse(answer, lang)) add(t, opts.answerWeight);
    }
    for (const t of terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    if (index < entries.length) for (const t of terms.keys()) entryVocabulary.add(t);
    entryTerms.push(terms);
  });

  const n = Math.max(docs.length, 1);
  const idfOf = new Map<string, number>();
  for (const [t, d] of df) idfOf.set(t, Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  const maxIdf = Math.log(1 + (n - 0.5) / 1.5);
  const salient = new Set(SALIENT_GROUPS.map((_, i) => `~${i}`));
  const questionWords = QUESTION_GROUPS.map((_, i) => `~${i + SALIENT_GROUPS.length}`);
  for (const t of questionWords)
    if (idfOf.has(t)) idfOf.set(t, Math.max(idfOf.get(t) ?? 0, opts.questionWordWeight * maxIdf));
  for (const t of salient) if (idfOf.has(t)) idfOf.set(t, Math.max(idfOf.get(t) ?? 0, opts.salientWeight * maxIdf));
  for (const t of idfOf.keys())
    if (/^(19|20)\d\d$/.test(t)) idfOf.set(t, Math.max(idfOf.get(t) ?? 0, opts.yearWeight * maxIdf));
  for (const [form, term] of synonym)
    if (df.has(term)) {
      formsOf.set(form, term);
      addSource(form, FROM_ANY);
    }
  for (const [form, term] of surfaceOf) if (!formsOf.has(form)) formsOf.set(form, term);
  const classifier = training.build(opts.nbAlpha);
  forgetIndexForms();
  return {
    options: opts,
    docIds: docs.map((d) => d.id),
    lexicon: { kk: [...lexicon.kk], ru: [...lexicon.ru], en: [...lexicon.en] },
    forms: [...formsOf.keys()],
    formTerms: [...formsOf.values()],
    formSources: [...formsOf.keys()].map((f) => formSource.get(f) ?? FROM_ANY),
    idfTerms: [...idfOf.keys()],
    idfValues: [...idfOf.values()],
    maxIdf,
    docTerms: entryTerms.map((terms) => [...terms.keys()]),
    docWeights: entryTerms.map((terms) => [...terms.values()]),
    paraEntry: paraphrases.map((p) => p.entry),
    paraTerms: paraphrases.map((p) => p.terms),
    entryVocabulary: [...entryVocabulary],
    englishWords: [...englishWords],
    classifier,
    formTypos: buildFuzzyIndex(formsOf.keys(), opts.minFuzzyLength),
    spellingTypos: buildFuzzyIndex(englishWords, opts.minFuzzyLength),
  };
}

/** The index's lists as the maps and sets a searcher looks things up in. */
function expand(index: SearchIndex) {
  const weights = index.docWeights;
  return {
    lexicon: { kk: new Set(index.lexicon.kk), ru: new Set(index.lexicon.ru), en: new Set(index.lexicon.en) } as Record<
      Lang,
      Set<string>
    >,
    formsOf: new Map(index.forms.map((f, i) => [f, index.formTerms[i]!])),
    formSource: new Map(index.forms.map((f, i) => [f, index.formSources[i]!])),
    termIdOf: new Map(index.idfTerms.map((t, i) => [t, i])),
    idfById: Float64Array.from(index.idfValues),
    entryTerms: index.docTerms.map((terms, d) => new Map(terms.map((t, i) => [t, weights[d]![i]!]))),
    entryVocabulary: new Set(index.entryVocabulary),
    englishWords: new Set(index.englishWords),
  };
}

/** A searcher over a built or loaded index: what is derived from the index in a moment is derived here. */
export function searcherFromIndex(index: SearchIndex): Searcher {
  // No closure here may mention `index`, or it would keep every list it holds alive beside the maps made from them.
  const { options: opts, maxIdf, paraEntry, paraTerms, docIds: docs } = index;
  const { lexicon, formsOf, formSource, termIdOf, idfById, entryTerms, entryVocabulary, englishWords } = expand(index);
  const idf = (t: string) => {
    const id = termIdOf.get(t);
    return id === undefined ? maxIdf : idfById[id]!;
  };
  const detectLang = langDetector(lexicon);
  const classifier = createClassifier(index.classifier);
  // Each word's trigram features and each term's feature, looked up in the model once (speed).
  const gramFeatures = new Map<string, number[]>();
  const gramFeaturesOf = (word: string) => {
    let ids = gramFeatures.get(word);
    if (!ids) {
      if (gramFeatures.size > 20_000) gramFeatures.clear();
      ids = wordGrams(word).map(classifier.featureOf);
      gramFeatures.set(word, ids);
    }
    return ids;
  };
  const termFeatures = new Map<string, number>();
  const termFeatureOf = (term: string) => {
    let id = termFeatures.get(term);
    if (id === undefined) {
      id = classifier.featureOf(term);
      termFeatures.set(term, id);
    }
    return id;
  };

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
  const packedParas = new Map([...postings].map(([t, list]) => [t, Int32Array.from(list)]));
  const packedEntries = new Map(
    [...entryPostings].map(([t, list]) => [
      t,
      { ids: Int32Array.from(list, ([e]) => e), weights: Float64Array.from(list, ([, w]) => w) },
    ]),
  );
  const paraEntryOf = Int32Array.from(paraEntry);

  const candidates = fuzzyLookup(index.formTypos);
  const fuzzyCache = new Map<string, [string, string, number][]>();
  const spellingCandidates = fuzzyLookup(index.spellingTypos);
  const spellingCache = new Map<string, [string, number][]>();

  /** English words of the knowledge base nearest to a Latin word, compared letter by letter before transliteration. */
  function spelling(word: string): [string, number][] {
    let found = spellingCache.get(word);
    if (!found) {
      const max = maxEdits(word.length, opts.minFuzzyLength);
      let best = max + 1;
      found = [];
      for (const c of spellingCandidates(word)) {
        const d = osaDistance(word, c, max);
        if (d > max || d > best) continue;
        if (d < best) found = [];
        best = d;
        found.push([c, 1 - d / Math.max(word.length, c.length)]);
      }
      if (spellingCache.size > 20_000) spellingCache.clear();
      spellingCache.set(word, found);
    }
    return found;
  }

  const meets = (form: string, mask: number) => mask === FROM_ANY || ((formSource.get(form) ?? FROM_ANY) & mask) !== 0;

  function fuzzy(form: string, mask: number): [string, number][] {
    // Cached per form, whatever the reading: the same form read as English and as Kazakh is looked up once.
    let found = fuzzyCache.get(form);
    if (!found) {
      found = [];
      for (const candidate of candidates(form)) {
        const sim = formSimilarity(form, candidate);
        const term = formsOf.get(candidate);
        if (term && sim >= opts.minTokenSimilarity) found.push([candidate, term, sim]);
      }
      if (fuzzyCache.size > 20_000) fuzzyCache.clear();
      fuzzyCache.set(form, found);
    }
    const out: [string, number][] = [];
    for (const [candidate, term, sim] of found) if (meets(candidate, mask)) out.push([term, sim]);
    return out;
  }

  // Stemming, folding and transliterating a word is most of a warm question's cost, and voters reuse their words.
  const readingsCache = new Map<string, [string, number][]>();
  function readings(word: string, english: boolean): [string, number][] {
    const key = english ? `en:${word}` : word;
    let found = readingsCache.get(key);
    if (!found) {
      if (readingsCache.size > 20_000) readingsCache.clear();
      found = queryReadings(word, opts.latinReadings > 0, english);
      readingsCache.set(key, found);
    }
    return found;
  }

  function matchToken(word: string, unknownWeight: number, english: boolean): TokenMatch {
    const terms = new Map<string, number>();
    const forms = readings(word, english);
    for (const [form, mask] of forms) {
      const term = formsOf.get(form);
      if (term && meets(form, mask)) terms.set(term, 1);
    }
    let exact = 0;
    let inEntries = false;
    for (const term of terms.keys()) {
      exact = Math.max(exact, idf(term));
      inEntries ||= entryVocabulary.has(term);
    }
    // An English word is corrected letter by letter: once transliterated, a swap or a dropped letter moves it far
    // ("agianst" → "агянст"), or onto another word ("seets" → "сет", the form of "sets"), so this runs even then.
    if (english && opts.englishSpelling > 0 && isLatin(word) && !englishWords.has(word)) {
      for (const [fixed, sim] of spelling(word)) {
        const credit = sim ** opts.fuzzyPower;
        for (const [form, mask] of readings(fixed, true)) {
          const term = formsOf.get(form);
          if (term && meets(form, mask) && credit > (terms.get(term) ?? 0)) terms.set(term, credit);
        }
      }
    }
    // Off-topic examples are written the way people type, typos included: a word found only there must not hide
    // the entry word it may be a typo of ("kazakstan"), so the fuzzy look-up still runs.
    if (inEntries) return { weight: exact, terms };
    for (const [form, mask] of forms) {
      if (form.length < opts.minFuzzyLength || /^\d/.test(form)) continue;
      for (const [term, sim] of fuzzy(form, mask)) {
        const credit = sim ** opts.fuzzyPower;
        if (credit > (terms.get(term) ?? 0)) terms.set(term, credit);
      }
    }
    if (exact > 0) return { weight: exact, terms };
    let weight = unknownWeight;
    for (const [term, credit] of terms) weight = Math.min(weight, credit * idf(term) + (1 - credit) * unknownWeight);
    return { weight, terms };
  }

  const paraQuery = new Float64Array(paraTerms.length);
  const paraDoc = new Float64Array(paraTerms.length);
  const paraToken = new Float64Array(paraTerms.length);
  const entryCover = new Float64Array(docs.length);
  const entryToken = new Float64Array(docs.length);
  const entryBestPara = new Float64Array(docs.length);
  // Lists of what a question reached, allocated once: it reaches thousands of paraphrases, and garbage means GC pauses.
  const touchedParas = new Int32Array(paraTerms.length);
  const tokenParas = new Int32Array(paraTerms.length);
  const touchedEntries = new Int32Array(docs.length);
  const tokenEntries = new Int32Array(docs.length);
  const sortKeys = new Float64Array(docs.length);
  if (docs.length > PLACES) throw new SearchError(`createSearcher: more than ${PLACES} entries and off-topic themes`);

  function score(query: string): Scored {
    const words = [...new Set(contentWords(query.slice(0, opts.maxQueryLength)))].slice(0, opts.maxQueryTokens);
    if (words.length === 0) return { hits: [], posterior: NO_POSTERIOR };
    const unknownWeight = (opts.unknownWeight * maxIdf) / Math.max(1, words.length / opts.longQueryWords);
    const beta2 = Math.min(opts.maxBeta, Math.max(1, words.length / opts.longQueryWords)) ** 2;
    const floor = opts.minIdfShare * maxIdf;
    const paraFloor = opts.paraphraseIdfShare * maxIdf;
    const english = opts.latinReadings > 1 && words.some(isLatin) && detectLang(query) === "en";
    const tokens = words.map((w) => matchToken(w, unknownWeight, english)).filter((t) => t.weight >= floor);
    const total = tokens.reduce((s, t) => s + t.weight, 0);
    if (total === 0) return { hits: [], posterior: NO_POSTERIOR };
    let nParas = 0;
    let nEntries = 0;
    for (const token of tokens) {
      let nTokenParas = 0;
      let nTokenEntries = 0;
      for (const [term, sim] of token.terms) {
        const w = idf(term) * sim;
        const paraList = packedParas.get(term);
        if (paraList && paraList.length <= opts.maxParaphrasePostings && idf(term) >= paraFloor)
          for (const p of paraList) {
            if (paraToken[p] === 0) tokenParas[nTokenParas++] = p;
            if (sim > paraToken[p]!) paraToken[p] = sim;
            if (paraQuery[p] === 0 && paraDoc[p] === 0) touchedParas[nParas++] = p;
            paraDoc[p]! += w;
          }
        const packed = packedEntries.get(term);
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
        ? lowerClose(hits, opts.contrastSpread, (pool) => contrast(pool, tokens, beta2, reached))
        : hits;
    if (opts.nbWeight === 0) return { hits: contrasted, posterior: NO_POSTERIOR };
    const posterior = new Map<string, number>();
    return { hits: lowerClose(contrasted, opts.nbSpread, (pool) => rerank(pool, words, tokens, posterior)), posterior };
  }

  /** The few best hits within `spread` of the top, each lowered by what `penalties` gives it; the rest unchanged. */
  function lowerClose(hits: SearchHit[], spread: number, penalties: (pool: SearchHit[]) => number[]): SearchHit[] {
    const top = hits[0];
    if (!top) return hits;
    const pool = hits.filter((h, i) => i < opts.nbCandidates && h.score >= top.score - spread);
    if (pool.length < 2) return hits;
    const minus = penalties(pool);
    const rescored = pool
      .map((h, i) => ({ id: h.id, score: Math.round((h.score - minus[i]!) * 1000) / 1000 }))
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

  const indexOf = new Map(docs.map((id, i) => [id, i]));
  const slotOf = new Int32Array(docs.length).fill(-1);
  // Per document, the terms of its paraphrases and title (weight 1), which are what the candidates may share.
  const keyStart = new Int32Array(docs.length + 1);
  const keyTerms: number[] = [];
  entryTerms.forEach((terms, e) => {
    for (const [t, w] of terms) if (w === 1) keyTerms.push(termIdOf.get(t)!);
    keyStart[e + 1] = keyTerms.length;
  });
  const keyTermIds = Int32Array.from(keyTerms);
  const sharedBy = new Int32Array(termIdOf.size);
  // Per-token scratch, allocated once: a typed array made per question is a buffer outside the heap for GC to sweep.
  let credit = new Float64Array(opts.maxQueryTokens);
  let found = new Float64Array(opts.maxQueryTokens);

  /**
   * Near twins share most of their words, so global IDF cannot tell them apart. Among the few close candidates, a
   * term's weight is scaled by how well it separates them (a term every candidate has carries nothing), and each
   * candidate's best paraphrase F-measure is recomputed with those weights: a twin whose paraphrases need a word the
   * question lacks ("years" in "for how many years are deputies elected") loses to the one that does not.
   */
  function contrast(pool: SearchHit[], tokens: TokenMatch[], beta2: number, touched: Int32Array): number[] {
    const ids = pool.map((h) => indexOf.get(h.id)!);
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
    if (credit.length < tokens.length)
      [credit, found] = [new Float64Array(tokens.length), new Float64Array(tokens.length)];
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

  /**
   * The few best entries re-weighed by the classifier: each loses nbWeight × (1 − its posterior among them), so the
   * one the classifier prefers keeps its confidence and a near-twin falls behind. A lone candidate is unchanged.
   */
  function rerank(pool: SearchHit[], words: string[], tokens: TokenMatch[], posterior: Map<string, number>): number[] {
    const features: Features = { ids: [], weights: [] };
    for (const w of words) {
      for (const f of gramFeaturesOf(w)) {
        features.ids.push(f);
        features.weights.push(opts.nbGramWeight);
      }
    }
    // Neighbouring words tell near twins apart where single words cannot: "vote at home" vs "vote away from home".
    let previous: string | undefined;
    for (const t of tokens) {
      let best: string | undefined;
      let bestCredit = 0;
      for (const [term, credit] of t.terms) {
        features.ids.push(termFeatureOf(term));
        features.weights.push(opts.nbTermWeight * credit);
        if (credit > bestCredit) [best, bestCredit] = [term, credit];
      }
      if (previous && best && opts.nbBigramWeight > 0) {
        features.ids.push(classifier.featureOf(`${previous}+${best}`));
        features.weights.push(opts.nbBigramWeight);
      }
      previous = best;
    }
    const ll = classifier.logLikelihoods(
      features,
      pool.map((h) => indexOf.get(h.id)!),
    );
    const max = Math.max(...ll);
    const exp = Array.from(ll, (v) => Math.exp((v - max) / opts.nbTemperature));
    const sum = exp.reduce((a, b) => a + b, 0);
    pool.forEach((h, i) => {
      posterior.set(h.id, exp[i]! / sum);
    });
    return exp.map((v) => opts.nbWeight * (1 - v / sum));
  }

  function mostlyKnown(text: string): boolean {
    const words = contentWords(text);
    const known = words.filter((w) => readings(w, false).some(([f]) => formsOf.has(f))).length;
    return words.length > 0 && known * 2 >= words.length;
  }

  function search(query: string): Scored & { text: string } {
    const text = query.slice(0, opts.maxQueryLength);
    const first = score(text);
    const best = first.hits[0]?.score ?? 0;
    if (best >= opts.answerAt) return { ...first, text };
    const words = tokenize(text);
    const variant = words.every(isLatin)
      ? layoutToCyrillic(text)
      : words.every(isCyrillic)
        ? layoutToLatin(text)
        : undefined;
    if (!variant || !mostlyKnown(variant)) return { ...first, text };
    const other = score(variant);
    return (other.hits[0]?.score ?? 0) > best + 0.05 ? { ...other, text: variant } : { ...first, text };
  }

  const isEntry = (h: SearchHit) => !h.id.startsWith(OFF_TOPIC);
  const entryCount = docs.filter((id) => !id.startsWith(OFF_TOPIC)).length;

  function rank(query: string, limit = 5): SearchHit[] {
    return search(query).hits.filter(isEntry).slice(0, limit);
  }

  function decide(query: string): Decision {
    const { hits: all, posterior, text } = search(query);
    const queryLang = detectLang(text);
    if (all[0] && !isEntry(all[0])) return { kind: "none", suggestions: [], queryLang, offTopic: true };
    const hits = all.filter(isEntry);
    const [top, second] = hits;
    // One broad word ("vote", "кандидат", or "сайлау", too common to weigh anything) names a field, not a question:
    // answering one of its many entries would be a guess.
    if (contentWords(text).length === 1 && (!top || top.score < opts.broadBelow)) {
      if (hits.length >= opts.broadShare * entryCount)
        return { kind: "suggest", suggestions: hits.slice(0, opts.maxSuggestions), queryLang, broad: true };
      if (hits.length === 0 && mostlyKnown(text)) return { kind: "none", suggestions: [], queryLang, broad: true };
    }
    const runnerUp = second?.score ?? 0;
    const long = contentWords(text).length >= opts.longAnswerWords;
    const answerAt = long ? opts.longAnswerAt : opts.answerAt;
    // A long message answered below the usual bar needs a wider lead: its story's words lift every neighbour alike.
    const margin = long && top && top.score < opts.answerAt ? opts.margin * opts.longMarginFactor : opts.margin;
    const clear = top && top.score >= answerAt && (top.score >= opts.sureAt || top.score - runnerUp >= margin);
    // The classifier sure of the top hit among the close candidates, off-topic themes included, vouches for a weaker one.
    const agreed = top && top.score >= opts.agreedAt && (posterior.get(top.id) ?? 0) >= opts.agreedPosterior;
    if (top && (clear || agreed)) {
      return { kind: "answer", hit: top, alternatives: hits.slice(1, 1 + opts.maxSuggestions), queryLang };
    }
    const suggestions = top
      ? hits
          .filter((h) => h.score >= opts.suggestAt && h.score >= top.score - opts.suggestSpread)
          .slice(0, opts.maxSuggestions)
      : [];
    if (suggestions.length > 0) return { kind: "suggest", suggestions, queryLang };
    return { kind: "none", suggestions: [], queryLang };
  }

  return { decide, rank };
}
