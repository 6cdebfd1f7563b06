import type { Lang } from "../knowledge/schema.js";
import type { SearchOptions } from "./defaults.js";
import type { Decision, SearchHit } from "./types.js";

/** What decide weighs: the scored hits (off-topic themes included), the question as read, and what it knows of it. */
export interface Weighed {
  /** All hits, best first; off-topic hits are recognised by isEntry. */
  hits: SearchHit[];
  posterior: ReadonlyMap<string, number>;
  queryLang: Lang | undefined;
  /** Content words of the question as scored. */
  words: number;
  /** How many entries (not off-topic themes) the index holds. */
  entryCount: number;
  isEntry(hit: SearchHit): boolean;
  /** Whether most of the question's words are known to the index (asked only of a one-word question). */
  mostlyKnown(): boolean;
  /** Whether the hit is an entry about another year than every year the question names ("2016 results" → 2023's). */
  otherYear(hit: SearchHit): boolean;
  /** Whether the hit is an entry about other bodies than every one the question names ("deposit for the Kurultai" →
   * the 2023 Mazhilis and maslikhat deposit). */
  otherBody(hit: SearchHit): boolean;
  /** The hit's score on the question with its bodies' names left out ("сколько стоит взнос"), 0 if not found. */
  scoreWithoutBodies(hit: SearchHit): number;
}

/**
 * From scores to what the bot does: answer, offer a choice, or say it does not know. A pure function of the scores
 * and the options, so each rule is tested with a table (test/search/decide.test.ts).
 */
export function decide(w: Weighed, opts: SearchOptions): Decision {
  const { posterior, queryLang } = w;
  if (w.hits[0] && !w.isEntry(w.hits[0])) return { kind: "none", suggestions: [], queryLang, offTopic: true };
  const hits = w.hits.filter(w.isEntry);
  const [top, second] = hits;
  const runnerUp = second?.score ?? 0;
  // One broad word ("vote", "кандидат", or "сайлау", too common to weigh anything) names a field, not a question:
  // answering one of its many entries would be a guess, and so would picking between two it reaches alike ("how do
  // I vote": polling hours 0.850, the ballots 0.844).
  if (w.words === 1 && (!top || top.score < opts.broadBelow || top.score - runnerUp < opts.margin)) {
    if (hits.length >= opts.broadShare * w.entryCount)
      return { kind: "suggest", suggestions: hits.slice(0, opts.maxSuggestions), queryLang, broad: true };
    if (hits.length === 0 && w.mostlyKnown()) return { kind: "none", suggestions: [], queryLang, broad: true };
  }
  const long = w.words >= opts.longAnswerWords;
  const answerAt = long ? opts.longAnswerAt : opts.answerAt;
  // A long message answered below the usual bar needs a wider lead: its story's words lift every neighbour alike.
  const margin = long && top && top.score < opts.answerAt ? opts.margin * opts.longMarginFactor : opts.margin;
  const clear = top && top.score >= answerAt && (top.score >= opts.sureAt || top.score - runnerUp >= margin);
  // The classifier sure of the top hit among the close candidates, off-topic themes included, vouches for a weaker one.
  const agreed = top && top.score >= opts.agreedAt && (posterior.get(top.id) ?? 0) >= opts.agreedPosterior;
  // An entry about another year is at best a did-you-mean: the 2023 results do not answer "who won in 2016".
  if (top && (clear || agreed) && !w.otherYear(top)) {
    // Nor does an entry about another body, when one about the body named is close behind, clear of the other
    // such entries, and found by the rest of the question too ("взнос для курултая": the Kurultai deposit, not the
    // 2023 one). Without one the top stands: most entries on voting itself (documents, hours) name the Mazhilis of
    // 2023 and still answer for the Kurultai, and the Kurultai's election does not say what documents to bring.
    const [best, next] = w.otherBody(top) ? hits.filter((h) => !w.otherBody(h) && !w.otherYear(h)) : [];
    const fits =
      best &&
      best.score >= answerAt &&
      best.score >= top.score - opts.bodySpread &&
      best.score - (next?.score ?? 0) >= opts.margin &&
      w.scoreWithoutBodies(best) >= opts.suggestAt;
    const hit = fits ? best : top;
    return {
      kind: "answer",
      hit,
      alternatives: hits.filter((h) => h !== hit).slice(0, opts.maxSuggestions),
      queryLang,
    };
  }
  const suggestions = top
    ? hits
        .filter((h) => h.score >= opts.suggestAt && h.score >= top.score - opts.suggestSpread)
        .slice(0, opts.maxSuggestions)
    : [];
  if (suggestions.length > 0) return { kind: "suggest", suggestions, queryLang };
  return { kind: "none", suggestions: [], queryLang };
}
