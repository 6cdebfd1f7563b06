import { surfaceForm } from "../analysis/analyze.js";
import { hash, keyFinder } from "../index/fuzzy-index.js";

/**
 * A second opinion on which entry a question means: a multinomial naive Bayes model trained on the knowledge
 * paraphrases only (each paraphrase and title is one example of its entry). Its features are the pipeline's index
 * terms plus character trigrams of each word's folded surface form, so it also sees inflections and spellings the
 * stemmers split apart ("участвуют" / "участвовали"). It is built at start-up, deterministic, and only asked to
 * order the few entries the main score already found, which keeps it cheap on a very large base.
 */

/** A question's features (as featureOf gives them) and their weights, as parallel lists; weights of a repeat add up. */
export interface Features {
  ids: number[];
  weights: number[];
}

export interface Classifier {
  /** A feature's place in the model, or -1 for one never seen in training; a searcher remembers those of its words. */
  featureOf(name: string): number;
  /** Log-likelihood of the features under each of the given entries (same order). */
  logLikelihoods(features: Features, entries: readonly number[]): number[];
}

/**
 * All postings packed in flat typed arrays (one typed array per feature would cost more than its data): the feature
 * whose 32-bit hash is keys[f] has its entries at ids[start[f] .. start[f + 1]), sorted, with gains =
 * log(count + alpha) − log(alpha), what being seen adds over being unseen. Features are kept as hashes, not as a
 * map of strings (term pairs made that map the classifier's largest part); two features that share a hash, about
 * one pair in the whole base, simply count as one.
 */
export interface ClassifierData {
  keys: Uint32Array;
  start: Int32Array;
  ids: Int32Array;
  gains: Float32Array;
  /** Total feature count per entry. */
  totals: Float64Array;
  alpha: number;
}

/** Trigrams of a word padded with boundary marks, so a short word still yields its start and end. */
export function charGrams(form: string): string[] {
  const padded = `^${form}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** A word's trigram features, as the classifier is trained and asked on them (a word of one letter has none). */
export function wordGrams(word: string): string[] {
  const surface = surfaceForm(word);
  return surface.length >= 2 ? charGrams(surface).map((g) => `#${g}`) : [];
}

export interface ClassifierBuilder {
  /** Counts a feature for an entry; entries must be added in increasing order. */
  add(entry: number, feature: string, count: number): void;
  build(alpha: number): ClassifierData;
}

interface PostingList {
  ids: number[];
  counts: number[];
}

/** Two features' postings, both sorted by entry, as one: what a hash collision makes of them. */
function merged(a: PostingList, b: PostingList): PostingList {
  const out: PostingList = { ids: [], counts: [] };
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = a.ids[i] ?? Infinity;
    const y = b.ids[j] ?? Infinity;
    out.ids.push(Math.min(x, y));
    out.counts.push((x <= y ? a.counts[i++]! : 0) + (y <= x ? b.counts[j++]! : 0));
  }
  return out;
}

export function createClassifierBuilder(entryCount: number): ClassifierBuilder {
  // Entries come in order, so a feature's postings grow in entry order and only the last one needs merging.
  const lists = new Map<string, PostingList>();
  const totals = new Float64Array(entryCount);
  return {
    add(entry, feature, count) {
      let list = lists.get(feature);
      if (!list) {
        list = { ids: [], counts: [] };
        lists.set(feature, list);
      }
      const last = list.ids.length - 1;
      if (list.ids[last] === entry) list.counts[last]! += count;
      else {
        list.ids.push(entry);
        list.counts.push(count);
      }
      totals[entry]! += count;
    },
    build(alpha) {
      const logAlpha = Math.log(alpha);
      const byKey = new Map<number, PostingList>();
      for (const [f, list] of lists) {
        const key = hash(f);
        const other = byKey.get(key);
        byKey.set(key, other ? merged(other, list) : list);
      }
      lists.clear();
      let size = 0;
      for (const list of byKey.values()) size += list.ids.length;
      const keys = Uint32Array.from(byKey.keys()).sort();
      const postings: ClassifierData = {
        keys,
        start: new Int32Array(keys.length + 1),
        ids: new Int32Array(size),
        gains: new Float32Array(size),
        totals,
        alpha,
      };
      let at = 0;
      keys.forEach((key, f) => {
        postings.start[f] = at;
        const list = byKey.get(key)!;
        list.ids.forEach((id, j) => {
          postings.ids[at] = id;
          postings.gains[at] = Math.log(list.counts[j]! + alpha) - logAlpha;
          at++;
        });
      });
      postings.start[keys.length] = at;
      return postings;
    },
  };
}

export function createClassifier(data: ClassifierData): Classifier {
  const { keys, ids, gains, start, totals, alpha } = data;
  const vocabulary = Math.max(1, keys.length);
  // log of the smoothed denominator per entry: every feature of an entry is counted against it.
  const logDenominator = Float64Array.from(totals, (t) => Math.log(t + alpha * vocabulary));
  const logAlpha = Math.log(alpha);
  const indexOf = keyFinder(keys);

  return {
    featureOf: (name) => indexOf(hash(name)),
    logLikelihoods(features, entries) {
      // A plain array: a typed array made per question is a buffer outside the heap for GC to sweep.
      const out: number[] = entries.map(() => 0);
      let mass = 0;
      // Unseen in an entry: log(alpha); seen c times: log(c + alpha). Everyone starts at unseen, postings correct it.
      // Postings are sorted by entry, so each of the few candidates is found by binary search (fast at any size).
      for (let k = 0; k < features.ids.length; k++) {
        const weight = features.weights[k]!;
        mass += weight;
        const f = features.ids[k]!;
        if (f < 0) continue;
        for (let i = 0; i < entries.length; i++) {
          const e = entries[i]!;
          let lo = start[f]!;
          let hi = start[f + 1]! - 1;
          while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const id = ids[mid]!;
            if (id === e) {
              out[i]! += weight * gains[mid]!;
              break;
            }
            if (id < e) lo = mid + 1;
            else hi = mid - 1;
          }
        }
      }
      entries.forEach((e, i) => {
        out[i]! += mass * (logAlpha - logDenominator[e]!);
      });
      return out;
    },
  };
}
