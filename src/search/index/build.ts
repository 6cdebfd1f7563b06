import type { Entry, Lang, OffTopicTheme } from "../../knowledge/schema.js";
import { LANGS } from "../../knowledge/schema.js";
import {
  FROM_ANY,
  FROM_EN,
  FROM_KK,
  FROM_RU,
  FROM_SURFACE,
  forgetIndexForms,
  indexForm,
  isStopword,
  queryForms,
  surfaceForm,
} from "../analysis/analyze.js";
import { bodiesIn } from "../analysis/bodies.js";
import { isLatin, kazakhFold, tokenize } from "../analysis/normalize.js";
import { QUESTION_GROUPS, SALIENT_GROUPS, SYNONYM_GROUPS } from "../analysis/synonyms.js";
import { SEARCH_DEFAULTS, type SearchOptions } from "../defaults.js";
import { type ClassifierData, createClassifierBuilder, wordGrams } from "../score/classifier.js";
import { SearchError } from "../types.js";
import { buildFuzzyIndex, type FuzzyIndex } from "./fuzzy-index.js";

/** What the index is built from: an entry, or an off-topic theme (no title, no answer). */
interface Doc {
  id: string;
  questions: Record<Lang, readonly string[]>;
  title?: Record<Lang, string>;
  answer?: Record<Lang, string>;
}

/** Off-topic themes are indexed as documents under this prefix; a hit on one is an abstention, never shown. */
export const OFF_TOPIC = "~off-topic:";

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
  /** Per document: the years its title names ("Results of the 2023 Mazhilis election"), and every year it mentions. */
  titleYears: number[][];
  mentionedYears: number[][];
  /** Per document: the bodies and votes (SALIENT_GROUPS, by index) its title, answer or paraphrases name. */
  mentionedBodies: number[][];
  /** Per paraphrase: its distinct terms, in order of first use. */
  paraTerms: string[][];
  entryVocabulary: string[];
  englishWords: string[];
  classifier: ClassifierData;
  /** Typo look-ups: over every index form, and over the entries' English words as written. */
  formTypos: FuzzyIndex;
  spellingTypos: FuzzyIndex;
}

/** The years (1900–2099) named in a text, each once, in order. */
export function yearsIn(texts: readonly string[]): number[] {
  return [...new Set(texts.flatMap((t) => [...t.matchAll(/(?<!\d)(19|20)\d\d(?!\d)/g)].map((m) => Number(m[0]))))];
}

function checkedOptions(options: Partial<SearchOptions>): SearchOptions {
  const opts: SearchOptions = { ...SEARCH_DEFAULTS, ...options };
  for (const [key, value] of Object.entries(opts)) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new SearchError(`createSearcher: option ${key} must be a non-negative number (got ${String(value)})`);
    }
  }
  return opts;
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
  // A question word does not inflect: only its whole form and a stem one letter shorter stand for it. A shorter stem
  // is another word's: the Kazakh stemmer cuts "когда" to "ког", the Russian stem of "кого" (whom), which made
  // "за кого голосовать" read "when to vote" and "когда голосовать" find who to vote for.
  const questionGroup = (i: number) => i >= SALIENT_GROUPS.length && i < SALIENT_GROUPS.length + QUESTION_GROUPS.length;
  SYNONYM_GROUPS.forEach((group, i) => {
    for (const word of group)
      for (const w of tokenize(word))
        for (const f of queryForms(w))
          if (f.length > 1 && (!questionGroup(i) || f.length >= w.length - 1)) synonym.set(f, `~${i}`);
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
    titleYears: docs.map((d) => yearsIn(Object.values(d.title ?? {}))),
    mentionedYears: docs.map((d) =>
      yearsIn([
        ...Object.values(d.title ?? {}),
        ...Object.values(d.answer ?? {}),
        ...Object.values(d.questions).flat(),
      ]),
    ),
    mentionedBodies: docs.map((d) =>
      bodiesIn([
        ...Object.values(d.title ?? {}),
        ...Object.values(d.answer ?? {}),
        ...Object.values(d.questions).flat(),
      ]),
    ),
    paraTerms: paraphrases.map((p) => p.terms),
    entryVocabulary: [...entryVocabulary],
    englishWords: [...englishWords],
    classifier,
    formTypos: buildFuzzyIndex(formsOf.keys(), opts.minFuzzyLength),
    spellingTypos: buildFuzzyIndex(englishWords, opts.minFuzzyLength),
  };
}
