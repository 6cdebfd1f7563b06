import { contentWords, FROM_ANY, queryReadings, surfaceForm } from "../analysis/analyze.js";
import { isLatin } from "../analysis/normalize.js";
import type { SearchOptions } from "../defaults.js";
import { fuzzyLookup, maxEdits, osaDistance } from "../index/fuzzy-index.js";
import type { Lookup } from "../index/lookup.js";
import { bounded } from "./bounded.js";

/** One word of the question: its weight (IDF, or the unknown weight) and the terms it may stand for, with credit. */
export interface TokenMatch {
  weight: number;
  terms: Map<string, number>;
}

export interface TokenMatcher {
  matchToken(word: string, unknownWeight: number, english: boolean): TokenMatch;
  /** Whether at least half the text's content words are forms the index knows (a layout variant is worth trying). */
  mostlyKnown(text: string): boolean;
}

/** Similarity of two index forms: edit distance over length, with a bonus for one being a prefix of the other. */
export function formSimilarity(
  a: string,
  b: string,
  opts: Pick<SearchOptions, "prefixSimilarity" | "prefixLengthStep">,
): number {
  if (a === b) return 1;
  const short = a.length < b.length ? a : b;
  const long = a.length < b.length ? b : a;
  const max = Math.max(2, Math.ceil(long.length / 3));
  const edit = 1 - osaDistance(a, b, max) / long.length;
  const prefix =
    short.length >= 4 && long.startsWith(short)
      ? opts.prefixSimilarity - opts.prefixLengthStep * (long.length - short.length)
      : 0;
  return Math.max(edit, prefix);
}

/** The first stage of scoring: each word of the question read as the index's terms, exactly or as a typo. */
export function tokenMatcher(lookup: Lookup): TokenMatcher {
  const { opts, formsOf, formSource, idf, entryVocabulary, englishWords } = lookup;
  const candidates = fuzzyLookup(lookup.formTypos);
  const fuzzyCache = bounded<[string, string, number][]>(opts.cacheLimit);
  const spellingCandidates = fuzzyLookup(lookup.spellingTypos);
  const spellingCache = bounded<[string, number][]>(opts.cacheLimit);
  // Stemming, folding and transliterating a word is most of a warm question's cost, and voters reuse their words.
  const readingsCache = bounded<[string, number][]>(opts.cacheLimit);

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
        const sim = formSimilarity(form, candidate, opts);
        const term = formsOf.get(candidate);
        if (term && sim >= opts.minTokenSimilarity) found.push([candidate, term, sim]);
      }
      fuzzyCache.set(form, found);
    }
    const out: [string, number][] = [];
    for (const [candidate, term, sim] of found) if (meets(candidate, mask)) out.push([term, sim]);
    return out;
  }

  // The synonym group a word is as written, or "": asked of every word of every question, so kept as readings are.
  const groupCache = bounded<string>(opts.cacheLimit);
  function groupOf(word: string): string {
    let group = groupCache.get(word);
    if (group === undefined) {
      const term = formsOf.get(surfaceForm(word));
      group = term?.startsWith("~") ? term : "";
      groupCache.set(word, group);
    }
    return group;
  }

  function readings(word: string, english: boolean): [string, number][] {
    const key = english ? `en:${word}` : word;
    let found = readingsCache.get(key);
    if (!found) {
      found = queryReadings(word, opts.latinReadings > 0, english);
      readingsCache.set(key, found);
    }
    return found;
  }

  function matchToken(word: string, unknownWeight: number, english: boolean): TokenMatch {
    const terms = new Map<string, number>();
    const forms = readings(word, english);
    // A word of a synonym group as written ("когда", "выборы") is that group and nothing else: its other stems are
    // other words' ("ког" is the stem of "кого", whom).
    const group = groupOf(word);
    if (group) terms.set(group, 1);
    else
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

  function mostlyKnown(text: string): boolean {
    const words = contentWords(text);
    const known = words.filter((w) => readings(w, false).some(([f]) => formsOf.has(f))).length;
    return words.length > 0 && known * 2 >= words.length;
  }

  return { matchToken, mostlyKnown };
}
