import type { Lang } from "../knowledge/schema.js";
import { contentWords } from "./analysis/analyze.js";
import { BODY_GROUPS, bodyOf, bodyWords, fold } from "./analysis/bodies.js";
import { tokenize } from "./analysis/normalize.js";
import { QUESTION_GROUPS } from "./analysis/synonyms.js";
import { SEARCH_DEFAULTS } from "./defaults.js";
import type { Decision, Searcher, SearchHit } from "./types.js";

/** What the caller remembers of the last answered question: a follow-up is read against it. */
export interface SearchContext {
  question: string;
  entryId: string;
  /** The answered entry's title and answer, when the caller has them: a follow-up that names a body or a year the
   * answer covers too ("а для маслихата?" after a deposit answer that gives both) may be answered by it again. */
  entryText?: string;
  /** The entries near the answered one (its related list, and those that list it): a follow-up most often asks
   * about one of them or the same entry again ("do they get it back?" after the deposit → the refund). */
  neighbours?: readonly string[];
  /** Any entry's title and answer, when the caller has them: whether a message's own answer is about another body
   * than the last question's (carrySlots). */
  textOf?: (entryId: string) => string | undefined;
  /** Any entry's title, when the caller has it: a title that names a year ("Turnout in the 2023 election") is about
   * that year's vote (carrySlots). */
  titleOf?: (entryId: string) => string | undefined;
  /** The entry that replaced the answered one's order, when the caller's clock says it has (its `supersededBy`):
   * "and now?" after an answer that is history asks for it. */
  successor?: string;
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
  ...["ол", "оны", "оған", "оның", "олар", "оларды", "соны", "соған", "оган", "онын", "бұл", "бул", "өзі", "ози"],
  ...["ego", "eto", "ony", "onyn", "olar", "sony", "ozi", "bul"],
]);

const YEAR = /^(19|20)\d\d$/;
// Words that come with a slot or a follow-up and say nothing of their own: "2026 жылы ше?", "а в 2026 году?".
const FILLERS = new Set(["ше", "she", "жылы", "жылгы", "году", "год", "year", "тоже", "too", "same"]);
// "was" and "were" in a follow-up ("сколько их было?") only set the time; the last answer's text need not hold them.
const COPULAS = new Set(["было", "была", "были", "был", "болды", "болган", "was", "were"]);
// "how many", "when", "who" ask; they name no topic an answer's text would hold ("сколько их было" after self-nomination).
const QUESTION_WORDS = new Set(
  QUESTION_GROUPS.flat()
    .flatMap((w) => w.split(" "))
    .map(fold),
);
/** The words that say what a message is about: not its question words, pronouns, "was" or follow-up fillers. */
const topicWords = (query: string) =>
  contentWords(query).filter((w) => ![POINTERS, FILLERS, QUESTION_WORDS, COPULAS].some((set) => set.has(fold(w))));

/** The slot a word fills: which body or vote ("маслихата", "kurultai"), which year, or none. */
function slotOf(word: string): "body" | "year" | undefined {
  if (YEAR.test(word)) return "year";
  return bodyOf(word) >= 0 ? "body" : undefined;
}

/** The bodies and years a question names; the Vice President is no President ("вице-президентті кім тағайындайды"). */
function slotsOf(question: string): string[] {
  const bodies = new Set(bodyWords(question));
  return tokenize(question).filter((w) => YEAR.test(w) || bodies.has(w));
}

/**
 * Whether an entry's text names every body, year and word given, by stem ("маслихата" is in "маслихатов"); a body
 * in any of its spellings and scripts ("maslihattyki" is in a Kazakh text's "мәслихат").
 */
function covers(entryText: string | undefined, words: string[]): boolean {
  if (entryText === undefined) return false;
  const text = fold(entryText);
  return words.every((w) => {
    if (YEAR.test(w)) return text.includes(w);
    const group = BODY_GROUPS.find((stems) => stems.some((s) => fold(w).startsWith(s)));
    // A word's ending dropped, down to 4 letters: "линия" is in "горячую линию".
    return group ? group.some((s) => text.includes(s)) : text.includes(fold(w).slice(0, Math.max(4, w.length - 2)));
  });
}

/** Whether a text names any body or vote ("Mazhilis", "мәслихат", "Kurultai"…). */
function namesBody(text: string): boolean {
  const folded = fold(text);
  return BODY_GROUPS.some((stems) => stems.some((s) => folded.includes(s)));
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
  const words = tokenize(followUp);
  const given = new Set(words.map(slotOf).filter(Boolean));
  const years = words.filter((w) => YEAR.test(w)).map(Number);
  const kept = tokenize(previous).filter((w) => {
    const slot = slotOf(w);
    if (slot === "body" && years.length > 0 && !years.some((y) => sitsIn(bodyOf(w), y))) return false;
    return slot === undefined || !given.has(slot);
  });
  // "ал … ше" and "жылы" only say that the message leans on the last one; as words they would pull to any entry
  // that has them ("ал 2023 жылы ше?" after the Kurultai's results found the 2023 "against all" figure).
  return [...kept, ...words.filter((w) => !FILLERS.has(fold(w)) && !LEANING.has(fold(w)))].join(" ");
}

const LEANING = new Set(["ал", "al", "енди", "endi"]);

// Words that ask how things stand today, folded, with the language each belongs to.
const NOW: ReadonlyMap<string, Lang> = new Map([
  ...(["now", "today", "currently", "nowadays"] as const).map((w) => [w, "en"] as const),
  ...(["сейчас", "щас", "теперь", "сегодня"] as const).map((w) => [w, "ru"] as const),
  ...(["қазір", "қазіргі", "қазірше", "qazir", "kazir"] as const).map((w) => [fold(w), "kk"] as const),
]);
// What may stand around them in such a message: "and", "what about", "how is it", "ал … ше".
const AROUND_NOW = new Set(["and", "what", "about", "how", "а", "и", "ну", "как", "жагдай"]);

/** "and now?", "а сейчас?", "ал қазір ше?": a message that only asks how things stand today, and its language. */
function asksNow(text: string): { lang: Lang } | undefined {
  const words = tokenize(text).map(fold);
  const now = words.find((w) => NOW.has(w));
  if (now === undefined) return undefined;
  const around = (w: string) => NOW.has(w) || AROUND_NOW.has(w) || LEANING.has(w) || FILLERS.has(w);
  return words.every(around) ? { lang: NOW.get(now)! } : undefined;
}

// The Kurultai first sits after the 2026 Constitution, which ended the Mazhilis and the Senate (from 1 July 2026):
// "and in 2023?" after the Kurultai's results asks about the 2023 results, not a Kurultai of 2023.
const MAZHILIS = bodyOf("mazhilis");
const SENATE = bodyOf("senate");
const KURULTAI = bodyOf("kurultai");
const sitsIn = (body: number, year: number) =>
  body === KURULTAI ? year >= 2026 : body === MAZHILIS || body === SENATE ? year <= 2026 : true;

type FollowUpOptions = Pick<
  typeof SEARCH_DEFAULTS,
  | "followUpWords"
  | "followUpOwnAt"
  | "followUpNearBonus"
  | "followUpLeanMargin"
  | "followUpTieMargin"
  | "followUpCarryMargin"
  | "answerAt"
  | "maxSuggestions"
>;

/**
 * The context as a prior over the entries: the message's own ranking, with the last answer and its neighbours ahead
 * by followUpNearBonus. When one of them then comes first and would be answered on its own score, it is the answer:
 * "what colours are they" after the ballot count is the colours entry, "how long is the term" after the next
 * presidential election the President's term, not a deputy's. A message that swaps a body or year is left to
 * withSlots, and one whose own answer is far ahead of every neighbour keeps it.
 */
function nearAnswer(
  searcher: Searcher,
  query: string,
  context: SearchContext,
  own: Decision,
  opts: FollowUpOptions,
): Decision | undefined {
  if (own.kind === "none" || !context.neighbours) return undefined;
  if (tokenize(query).some((w) => slotOf(w) !== undefined)) return undefined;
  // "how many of them" says nothing of its own to rank the neighbours by: any entry with a count scores alike.
  if (topicWords(query).length === 0) return undefined;
  const near = new Set([context.entryId, ...context.neighbours]);
  const hits = searcher.rank(query, 10);
  const lift = (h: SearchHit) => h.score + (near.has(h.id) ? opts.followUpNearBonus : 0);
  const best = hits.reduce<SearchHit | undefined>((a, h) => (a && lift(a) >= lift(h) ? a : h), undefined);
  if (!best || !near.has(best.id) || best.score < opts.answerAt) return undefined;
  const alternatives = hits.filter((h) => h.id !== best.id).slice(0, opts.maxSuggestions);
  return { kind: "answer", hit: best, alternatives, queryLang: own.queryLang };
}

/**
 * The body and year of the last question carried into a message that names neither: "какой залог" after "кто может
 * баллотироваться в курултай" asks about the Kurultai's deposit, not the 2023 one it would find alone. The carried
 * reading is the answer only when it finds another entry that, on that reading, is ahead of the message's own answer
 * by followUpCarryMargin: a question the body does not change ("what do I bring to vote") keeps its own answer. It
 * serves a message that leans on the last one too: "а взнос для кандидатов какой" after the Kurultai's election
 * finds the 2023 deposit surely alone, and more surely than with all of the last question's words.
 */
function carrySlots(
  searcher: Searcher,
  query: string,
  context: SearchContext,
  own: Decision,
  opts: FollowUpOptions,
): ContextDecision | undefined {
  if (own.kind !== "answer" || tokenize(query).some((w) => slotOf(w) !== undefined)) return undefined;
  const slots = slotsOf(context.question);
  if (slots.length === 0) return undefined;
  // Only an answer that speaks of bodies can be the wrong body's: the 2023 deposit of the Mazhilis and the maslikhats
  // after the Kurultai's candidates. One that names none ("who can vote") holds whatever the last question was about.
  // So can one whose title names a year: "what was the turnout?" after the Kurultai's results is not 2023's turnout.
  const ownText = context.textOf?.(own.hit.id);
  if (
    ownText === undefined ||
    !(namesBody(ownText) || /(?<!\d)(19|20)\d\d(?!\d)/.test(context.titleOf?.(own.hit.id) ?? ""))
  )
    return undefined;
  const resolved = [...tokenize(query), ...slots].join(" ");
  const decision = searcher.decide(resolved);
  if (decision.kind !== "answer" || decision.hit.id === own.hit.id) return undefined;
  const ownThere = searcher.rank(resolved, 10).find((h) => h.id === own.hit.id)?.score ?? 0;
  if (decision.hit.score < ownThere + opts.followUpCarryMargin) return undefined;
  // Nor when the message alone is answered clearly more surely than with the body: "за кого голосовать" after the
  // next presidential election is who to vote for (0.99), not the 2022 result "за кого голосовать президента" finds
  // (0.87).
  if (decision.hit.score < own.hit.score - opts.followUpCarryMargin) return undefined;
  return { decision: { ...decision, queryLang: own.queryLang ?? decision.queryLang }, resolved };
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
  opts: FollowUpOptions = SEARCH_DEFAULTS,
): ContextDecision {
  const own = searcher.decide(query);
  if (!context) return { decision: own };
  // "and now?", "а сейчас?", "ал қазір ше?" after an answer that is history asks for what replaced it, which only the
  // caller's clock knows: after who could run for the Mazhilis it had the Senate's requirements (walkthrough 17).
  const now = context.successor === undefined ? undefined : asksNow(query);
  if (now && context.successor !== undefined)
    return {
      decision: {
        kind: "answer",
        hit: { id: context.successor, score: 1 },
        alternatives: [],
        queryLang: now.lang ?? own.queryLang,
      },
    };
  // A pronoun stands for the last topic, so it does not count toward a complete question: "оған кім кандидат бола
  // алады" (who can stand for it) is as short as "кім кандидат бола алады".
  const content = contentWords(query);
  const words = content.filter((w) => !POINTERS.has(fold(w))).length;
  if (content.length === 0 || words > opts.followUpWords) return { decision: own };
  // A fragment of slots alone ("а для маслихата?", "2026 жылы ше?") asks the last question again about them.
  const fragment = content.every((w) => slotOf(w) !== undefined || FILLERS.has(fold(w)));
  if (own.kind === "none" && own.offTopic) return { decision: own };
  // One broad word ("vote", "кандидат") names a field, not the last answer's detail: it gets its choice, as in a
  // fresh chat, unless it says more ("а кандидат?", "қалай сайланады"). Read with the last question it repeated that answer.
  if ("broad" in own && own.broad && tokenize(query).length === 1 && !fragment) return { decision: own };
  const nearOrOwn = () => ({ decision: nearAnswer(searcher, query, context, own, opts) ?? own });
  // A message that does not say it leans on the last one is still read with it when it is not answered surely on its
  // own: "how long will the term be" after the next presidential election asks about the President's term, not a
  // deputy's. A complete question answered surely ("what do I need to bring to vote") stays its own, and so does one
  // whose words the bot cannot place at all ("zzqx vbnm"): it must not borrow the last question's.
  const leans = fragment || leansOnContext(query);
  const carried = fragment ? undefined : carrySlots(searcher, query, context, own, opts);
  if (carried) return carried;
  if (!leans && (own.kind === "none" || (own.kind === "answer" && own.hit.score >= opts.followUpOwnAt)))
    return nearOrOwn();
  const resolved = withSlots(context.question, query);
  const decision = searcher.decide(resolved);
  // The reading borrows the last question's words, and with them its language: the reply speaks the message's own
  // ("and for the kurultai?" after a Russian answer is answered in English), when the message has one.
  const queryLang = own.queryLang ?? decision.queryLang;
  if (decision.kind !== "answer") {
    // A bare fragment ("and for maslikhats?" after the turnout) asks the last question again; when that is not
    // answered, what the fragment finds alone (maslikhats after 2026) is a neighbour's answer: offer it, do not give it.
    if (fragment && own.kind === "answer") {
      const hits = [own.hit, ...(decision.kind === "suggest" ? decision.suggestions : [])];
      const suggestions = hits
        .filter((h, i) => hits.findIndex((o) => o.id === h.id) === i)
        .slice(0, opts.maxSuggestions);
      return { decision: { kind: "suggest", suggestions, queryLang }, resolved };
    }
    return nearOrOwn();
  }
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
          ? { kind: "suggest", suggestions: others, queryLang }
          : { kind: "none", suggestions: [], queryLang },
      resolved,
    };
  }
  // Read with the last question, a follow-up finds that entry again on the words they share; it is the answer again
  // only when its text holds the message's own words ("and in Almaty?" after a count that names Almaty), or the
  // question that stands for it does: "скок там мест" after the Kurultai, whose answer counts "145 депутатов" and
  // whose question is "сколько мест в Курултае?".
  const ownWords = topicWords(query);
  const answered = context.entryText === undefined ? undefined : `${context.question} ${context.entryText}`;
  if (!fragment && decision.hit.id === context.entryId && !covers(answered, ownWords)) {
    const near = nearAnswer(searcher, query, context, own, opts);
    if (near) return { decision: near };
    // The last answer again, found weakly on the words it shares with the message and holding none of its own ("so
    // who came 3rd" after the ballot order): the message's own reading, even a did-you-mean, is the honest reply.
    if (own.kind !== "none" && decision.hit.score < opts.followUpOwnAt) return { decision: own };
  }
  // A message that says it leans on the last one ("and…", "ше", a pronoun) keeps the context unless its own answer is
  // clearly better: "ал мәслихатқа ше?" after the Senate's requirements asks for the maslikhat's, not its seats.
  const margin = leans && !fragment ? opts.followUpLeanMargin : 0;
  // Where the two readings answer differently and nearly as well, the bot cannot tell which was meant: it asks. A
  // message that leans on the last one is only asked about when its own reading is ahead by the margin, never below
  // it: "how many seats did it get" after Amanat's share is about Amanat even if the words alone find the seat count.
  if (!fragment && own.kind === "answer" && own.hit.id !== decision.hit.id) {
    const lead = own.hit.score - decision.hit.score - margin;
    const ownFirst = lead >= 0;
    if (lead < opts.followUpTieMargin && (margin === 0 ? lead > -opts.followUpTieMargin : ownFirst)) {
      const suggestions = ownFirst ? [own.hit, decision.hit] : [decision.hit, own.hit];
      return { decision: { kind: "suggest", suggestions, queryLang }, resolved };
    }
  }
  if (!fragment && own.kind === "answer" && own.hit.score >= decision.hit.score + margin) return { decision: own };
  return { decision: { ...decision, queryLang }, resolved };
}
