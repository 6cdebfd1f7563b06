import type { Lookup } from "../index/lookup.js";
import type { SearchHit } from "../types.js";
import { bounded } from "./bounded.js";
import { type Classifier, type Features, wordGrams } from "./classifier.js";
import type { TokenMatch } from "./tokens.js";

export type Rerank = (
  pool: SearchHit[],
  words: string[],
  tokens: TokenMatch[],
  posterior: Map<string, number>,
) => number[];

/**
 * The few best entries re-weighed by the classifier: each loses nbWeight × (1 − its posterior among them), so the
 * one the classifier prefers keeps its confidence and a near-twin falls behind. A lone candidate is unchanged. The
 * posterior of each is written to `posterior`, which decide.ts reads as the classifier's vote.
 */
export function reranker(lookup: Lookup, classifier: Classifier): Rerank {
  const { opts, docIndex } = lookup;
  // Each word's trigram features and each term's feature, looked up in the model once (speed).
  const gramFeatures = bounded<number[]>(opts.cacheLimit);
  const gramFeaturesOf = (word: string) => {
    let ids = gramFeatures.get(word);
    if (!ids) {
      ids = wordGrams(word).map(classifier.featureOf);
      gramFeatures.set(word, ids);
    }
    return ids;
  };
  // Bounded by the index's terms: a query token's terms are index terms.
  const termFeatures = new Map<string, number>();
  const termFeatureOf = (term: string) => {
    let id = termFeatures.get(term);
    if (id === undefined) {
      id = classifier.featureOf(term);
      termFeatures.set(term, id);
    }
    return id;
  };

  return (pool, words, tokens, posterior) => {
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
      pool.map((h) => docIndex.get(h.id)!),
    );
    const max = Math.max(...ll);
    const exp = Array.from(ll, (v) => Math.exp((v - max) / opts.nbTemperature));
    const sum = exp.reduce((a, b) => a + b, 0);
    pool.forEach((h, i) => {
      posterior.set(h.id, exp[i]! / sum);
    });
    return exp.map((v) => opts.nbWeight * (1 - v / sum));
  };
}
