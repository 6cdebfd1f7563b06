import { contentWords } from "./analysis/analyze.js";
import { kazakhFold, tokenize } from "./analysis/normalize.js";
import { SALIENT_GROUPS } from "./analysis/synonyms.js";
import { SEARCH_DEFAULTS } from "./defaults.js";
import type { Decision, Searcher } from "./types.js";

/** What the caller remembers of the last answered question: a follow-up is read against it. */
export interface SearchContext {
  question: string;
  entryId: string;
  /** The answered entry's title and answer, when the caller has them: a follow-up that names a body or a year the
   * answer covers too ("а для маслихата?" after a deposit answer that gives both) may be answered by it again. */
  entryText?: string;
}

export interface ContextDecision {
  decision: Decision;
  /** The question the decision was made on, when the context was used ("age of a Mazhilis candidate" + "and for maslikhats?"). */
  resolved?: string;
}

// A follow-up usually opens with "and" or closes with the Kazakh "ше" ("мәслихатқа ше?"): a voter who leans on the
// last answer says so. Russian typed in Latin opens with "a"/"i" too, but in English those are the article and "I".
const OPENERS = [
  /^(а|и|ну а|ну|тогда|также|а если|а что|а как|а вот)\s/u,
  /^(and|also|what about|how about|same for|what if|then)\s/u,
  /^(ал|ал енді|енді|сонда|онда|ал егер)\s/u,
  /^(nu a|togda)\s/u,
];
const CLOSERS = /\s(ше|she|same|too|тоже)$/u;
// A short message with a word that points back ("а его возвращают?", "do they give it back?", "оны қайтара ма?")
// names its topic only through the last answer. Only short messages are read so (followUpWords), and the context
// wins only when the question it then reads is answered better than the message alone.
const POINTERS = new Set([
  ...["он", "она", "оно", "они", "его", "её", "ее", "их", "ему", "ей", "им", "него", "неё", "нее", "них", "это", "там"],
  ...["it", "its", "they", "them", "their", "he", "she", "him", "there"],
  ...["ол", "оны", "оған", "оның", "олар", "оларды", "соны", "соған", "оган", "онын"],
  ...["ego", "eto"],
]);

const fold = (word: string) => kazakhFold(word.toLowerCase());
/** A body's name without its case ending, so "маслихата" and "мәслихатқа" both find "маслихат". */
const stem = (word: string) => fold(word).slice(0, Math.max(5, word.length - 2));
const BODY_STEMS = SALIENT_GROUPS.flat().map(stem);
const YEAR = /^(19|20)\d\d$/;
// Words that come with a slot or a follow-up and say nothing of their own: "2026 жылы ше?", "а в 2026 году?".
const FILLERS = new Set(["ше", "she", "жылы", "жылгы", "году", "год", "year", "тоже", "too", "same"]);

/** The slot a word fills: which body or vote ("маслихата", "kurultai"), which year, or none. */
function slotOf(word: string): "body" | "year" | undefined {
  if (YEAR.test(word)) return "year";
  const w = fold(word);
  return BODY_STEMS.some((stem) => w.startsWith(stem)) ? "body" : undefined;
}

/** Whether an entry's text names every body and year given (by stem: "маслихата" is in "маслихатов"). */
function covers(entryText: string | undefined, words: string[]): boolean {
  if (entryText === undefined) return false;
  const text = fold(entryText);
  return words.every((w) => text.includes(YEAR.test(w) ? w : stem(w)));
}

/** Whether a message says it leans on the last one ("а для маслихата?", "and abroad?", "2026 жылы ше?"). */
export function leansOnContext(text: string): boolean {
  const tokens = tokenize(text);
  const words = tokens.join(" ");
  return (
    OPENERS.some((re) => re.test(`${words} `)) || CLOSERS.test(` ${words}`) || tokens.some((w) => POINTERS.has(fold(w)))
  );
}

/**
 * The last question with the follow-up's slots put in: a body or year the follow-up names replaces the one the last
 * question named ("How old must a Mazhilis candidate be?" + "And for maslikhats?" reads "How old must a candidate
 * be maslikhats"); every other word of the follow-up is added ("and the deposit?", "а он вернётся?").
 */
export function withSlots(previous: string, followUp: string): string {
  const given = new Set(tokenize(followUp).map(slotOf).filter(Boolean));
  const kept = tokenize(previous).filter((w) => {
    const slot = slotOf(w);
    return slot === undefined || !given.has(slot);
  });
  return [...kept, ...tokenize(followUp)].join(" ");
}

/**
 * Decides a message in the context of the last answered one. A message that reads as a complete question is decided
 * on its own and is never pulled toward the last topic; the context is used for a message that leans on it
 * (it opens with "and…" or closes with "ше"), is a bare fragment of slots ("а для маслихата?") or is not answered
 * surely alone, and only when the question it then reads is answered.
 */
export function decideInContext(
  searcher: Searcher,
  query: string,
  context: SearchContext | undefined,
  opts: { followUpWords: number; followUpOwnAt: number } = SEARCH_DEFAULTS,
): ContextDecision {
  const own = searcher.decide(query);
  if (!context) return { decision: own };
  const words = contentWords(query).length;
  if (words === 0 || words > opts.followUpWords) return { decision: own };
  // A fragment of slots alone ("а для маслихата?", "2026 жылы ше?") asks the last question again about them.
  const fragment = contentWords(query).every((w) => slotOf(w) !== undefined || FILLERS.has(fold(w)));
  // A message that does not lean on the context is read alone, even unanswered: "сколько стоит хлеб" after an answer
  // about the election date must stay off-topic, and "zzqx vbnm" must not borrow the last question's words.
  // A message that does not say it leans on the last one is still read with it when it is not answered surely on its
  // own: "how long will the term be" after the next presidential election asks about the President's term, not a
  // deputy's. A complete question answered surely ("what do I need to bring to vote") stays its own, and so does one
  // whose words the bot cannot place at all ("zzqx vbnm"): it must not borrow the last question's.
  const leans = fragment || leansOnContext(query);
  if (!leans && (own.kind === "none" || (own.kind === "answer" && own.hit.score >= opts.followUpOwnAt)))
    return { decision: own };
  if (own.kind === "none" && own.offTopic) return { decision: own };
  const resolved = withSlots(context.question, query);
  const decision = searcher.decide(resolved);
  if (decision.kind !== "answer") return { decision: own };
  // "а для маслихата?" after the Mazhilis threshold, read as the same question, finds the Mazhilis entry again: it
  // does not answer about the body or year swapped in, so the honest reply is a did-you-mean of the others.
  const swapped = tokenize(query).filter((w) => slotOf(w) !== undefined);
  if (swapped.length > 0 && decision.hit.id === context.entryId && !covers(context.entryText, swapped)) {
    const mine = own.kind === "answer" && own.hit.id !== context.entryId ? [own.hit] : [];
    const others = [
      ...mine,
      ...decision.alternatives.filter((h) => h.id !== context.entryId && h.id !== mine[0]?.id),
    ].slice(0, decision.alternatives.length);
    return {
      decision:
        others.length > 0
          ? { kind: "suggest", suggestions: others, queryLang: decision.queryLang }
          : { kind: "none", suggestions: [], queryLang: decision.queryLang },
      resolved,
    };
  }
  if (!fragment && own.kind === "answer" && own.hit.score >= decision.hit.score) return { decision: own };
  return { decision, resolved };
}
