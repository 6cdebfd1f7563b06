/**
 * A second opinion on which entry a question means: a multinomial naive Bayes model trained on the knowledge
 * paraphrases only (each paraphrase and title is one example of its entry). Its features are the pipeline's index
 * terms plus character trigrams of each word's folded surface form, so it also sees inflections and spellings the
 * stemmers split apart ("участвуют" / "участвовали"). It is built at start-up, deterministic, and only asked to
 * order the few entries the main score already found, which keeps it cheap on a very large base.
 */

/** A question's features and their weights, as parallel lists (a feature may repeat: its weights add up). */
export interface Features {
  names: string[];
  weights: number[];
}

export interface Classifier {
  /** Log-likelihood of the features under each of the given entries (same order). */
  logLikelihoods(features: Features, entries: readonly number[]): Float64Array;
}

/**
 * All postings packed in two flat arrays (one typed array per feature would cost more than its data): feature f's
 * entries are ids[start[f] .. start[f + 1]), sorted, with gains = log(count + alpha) − log(alpha), what being seen
 * adds over being unseen.
 */
interface Postings {
  feature: Map<string, number>;
  start: Int32Array;
  ids: Int32Array;
  gains: Float32Array;
}

/** Trigrams of a word padded with boundary marks, so a short word still yields its start and end. */
export function charGrams(form: string): string[] {
  const padded = `^${form}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

export interface ClassifierBuilder {
  /** Counts a feature for an entry; entries must be added in increasing order. */
  add(entry: number, feature: string, count: number): void;
  build(alpha: number): Classifier;
}

export function createClassifierBuilder(entryCount: number): ClassifierBuilder {
  // Entries come in order, so a feature's postings grow in entry order and only the last one needs merging.
  const lists = new Map<string, { ids: number[]; counts: number[] }>();
  const totals = new Float64Array(entryCount);
  return {
    add(entry, feature, count) {
      let list = lists.get(feature);
      if (!list) lists.set(feature, (list = { ids: [], counts: [] }));
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
      let size = 0;
      for (const list of lists.values()) size += list.ids.length;
      const postings: Postings = { feature: new Map(), start: new Int32Array(lists.size + 1), ids: new Int32Array(size), gains: new Float32Array(size) };
      let at = 0;
      for (const [f, list] of lists) {
        const index = postings.feature.size;
        postings.feature.set(f, index);
        postings.start[index] = at;
        list.ids.forEach((id, j) => {
          postings.ids[at] = id;
          postings.gains[at] = Math.log(list.counts[j]! + alpha) - logAlpha;
          at++;
        });
      }
      postings.start[lists.size] = at;
      lists.clear();
      return createClassifier(postings, totals, alpha);
    },
  };
}

function createClassifier(postings: Postings, totals: Float64Array, alpha: number): Classifier {
  const vocabulary = Math.max(1, postings.feature.size);
  const { ids, gains, start } = postings;
  // log of the smoothed denominator per entry: every feature of an entry is counted against it.
  const logDenominator = Float64Array.from(totals, (t) => Math.log(t + alpha * vocabulary));
  const logAlpha = Math.log(alpha);

  return {
    logLikelihoods(features, entries) {
      const out = new Float64Array(entries.length);
      let mass = 0;
      // Unseen in an entry: log(alpha); seen c times: log(c + alpha). Everyone starts at unseen, postings correct it.
      // Postings are sorted by entry, so each of the few candidates is found by binary search (fast at any size).
      for (let k = 0; k < features.names.length; k++) {
        const weight = features.weights[k]!;
        mass += weight;
        const f = postings.feature.get(features.names[k]!);
        if (f === undefined) continue;
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
