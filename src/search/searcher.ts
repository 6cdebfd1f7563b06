import type { Entry, OffTopicTheme } from "../knowledge/schema.js";
import { contentWords } from "./analysis/analyze.js";
import { bodiesIn, bodyWords } from "./analysis/bodies.js";
import { langDetector } from "./analysis/detect-lang.js";
import { isCyrillic, isLatin, tokenize } from "./analysis/normalize.js";
import { layoutToCyrillic, layoutToLatin } from "./analysis/translit.js";
import { decide } from "./decide.js";
import type { SearchOptions } from "./defaults.js";
import { askingPart } from "./focus.js";
import { buildSearchIndex, OFF_TOPIC, type SearchIndex, yearsIn } from "./index/build.js";
import { lookupFromIndex } from "./index/lookup.js";
import { createClassifier } from "./score/classifier.js";
import { reranker } from "./score/rerank.js";
import { type Scored, scorer } from "./score/score.js";
import { tokenMatcher } from "./score/tokens.js";
import type { Decision, Searcher, SearchHit } from "./types.js";

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

// "How" asks for a way, not a topic: "how do I vote" / "как проголосовать" names no more than "vote" does, so it is
// as broad as the one word, and gets a choice instead of the one entry that shares "vote" most (home voting).
const MANNER_WORDS = new Set(["how", "как", "қалай", "kak", "qalai", "kalai", "калай"]);

const isEntry = (h: SearchHit) => !h.id.startsWith(OFF_TOPIC);

/** A searcher over a built or loaded index: the stages wired together (docs/search.md, "The pipeline"). */
export function searcherFromIndex(index: SearchIndex): Searcher {
  // Nothing kept here may hold `index`, or every list it holds would stay alive beside the maps made from them.
  const lookup = lookupFromIndex(index);
  const { opts, docs } = lookup;
  const detectLang = langDetector(lookup.lexicon);
  const matcher = tokenMatcher(lookup);
  const score = scorer(lookup, detectLang, matcher, reranker(lookup, createClassifier(index.classifier)));
  const entryCount = docs.filter((id) => !id.startsWith(OFF_TOPIC)).length;
  const { titleYears, mentionedYears, mentionedBodies } = index;

  /** The question as typed, or read in the other keyboard layout when that scores clearly better ("ыфндфг" → "saylau"). */
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
    if (!variant || !matcher.mostlyKnown(variant)) return { ...first, text };
    const other = score(variant);
    return (other.hits[0]?.score ?? 0) > best + opts.layoutMargin ? { ...other, text: variant } : { ...first, text };
  }

  function decideWhole(query: string, scored = search(query)): Decision {
    const { hits, posterior, text } = scored;
    const asked = yearsIn([text]);
    const bodies = bodiesIn([text]);
    let withoutBodies: Map<string, number> | undefined;
    return decide(
      {
        hits,
        posterior,
        queryLang: detectLang(text),
        words: contentWords(text).filter((w) => !MANNER_WORDS.has(w)).length,
        entryCount,
        isEntry,
        mostlyKnown: () => matcher.mostlyKnown(text),
        otherYear: (hit) => {
          const i = lookup.docIndex.get(hit.id);
          if (asked.length === 0 || i === undefined || titleYears[i]!.length === 0) return false;
          return !asked.some((y) => mentionedYears[i]!.includes(y));
        },
        otherBody: (hit) => {
          const i = lookup.docIndex.get(hit.id);
          if (bodies.length === 0 || i === undefined || mentionedBodies[i]!.length === 0) return false;
          return !bodies.some((b) => mentionedBodies[i]!.includes(b));
        },
        scoreWithoutBodies: (hit) => {
          if (!withoutBodies) {
            const named = new Set(bodyWords(text));
            const rest = tokenize(text).filter((w) => !named.has(w));
            withoutBodies = new Map(score(rest.join(" ")).hits.map((h) => [h.id, h.score]));
          }
          return withoutBodies.get(hit.id) ?? 0;
        },
      },
      opts,
    );
  }

  return {
    rank: (query, limit = 5) => search(query).hits.filter(isEntry).slice(0, limit),
    // A story of several sentences is decided on the ones that ask (askingPart) when they are answered: the story
    // around them ("my cousin in Almaty…") would otherwise lift every neighbour and leave no clear answer. A short
    // message keeps its other sentence, which often holds what it asks about ("I live abroad. How do I vote?").
    decide(query) {
      const part = askingPart(query);
      if (part !== query && query.length >= opts.focusFrom) {
        const focused = decideWhole(part);
        if (focused.kind === "answer") {
          // Scored once: for the agreement, and for the decision on the whole message when they do not agree.
          const scored = search(query);
          const whole = scored.hits.filter(isEntry);
          const own = whole.find((h) => h.id === focused.hit.id)?.score ?? 0;
          if (own >= (whole[0]?.score ?? 0) - opts.focusAgreeSpread) return focused;
          return decideWhole(query, scored);
        }
      }
      return decideWhole(query);
    },
  };
}
