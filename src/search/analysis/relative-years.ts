import type { Searcher } from "../types.js";

/**
 * "This year", "last year", "next year" as the year they mean on the caller's day: the index knows entries by the
 * years they name ("the 2026 referendum"), and a voter asking in December 2026 about "the referendum this year"
 * means that one. The caller passes the year of its clock (the bot's, BOT_NOW for a preview); the search stays pure.
 * Only whole phrases are replaced, in the three languages and in Russian and Kazakh typed in Latin letters.
 */
const PHRASES: readonly (readonly [RegExp, number])[] = [
  [/\b(this|the current) year\b/giu, 0],
  [/\blast year\b/giu, -1],
  [/\bnext year\b/giu, 1],
  [/(?<!\p{L})в (этом|текущем|нынешнем) году(?!\p{L})/giu, 0],
  [/(?<!\p{L})(этого|текущего|нынешнего) года(?!\p{L})/giu, 0],
  [/(?<!\p{L})в прошлом году(?!\p{L})/giu, -1],
  [/(?<!\p{L})прошлого года(?!\p{L})/giu, -1],
  [/(?<!\p{L})в следующем году(?!\p{L})/giu, 1],
  [/(?<!\p{L})следующего года(?!\p{L})/giu, 1],
  [/(?<!\p{L})v etom godu(?!\p{L})/giu, 0],
  [/(?<!\p{L})(биыл|биылғы|биылгы|byiyl|biyl)(?!\p{L})/giu, 0],
  [/(?<!\p{L})(былтыр|былтырғы|былтыргы|byltyr)(?!\p{L})/giu, -1],
  [/(?<!\p{L})келесі жылы(?!\p{L})/giu, 1],
  [/(?<!\p{L})келеси жылы(?!\p{L})/giu, 1],
];

export function withRelativeYears(text: string, year: number): string {
  let out = text;
  for (const [phrase, offset] of PHRASES) out = out.replace(phrase, String(year + offset));
  return out;
}

/** A searcher that reads "this year" and its kin as the year `year()` gives: for a tool with a clock (eval). */
export function withYearOf(searcher: Searcher, year: () => number): Searcher {
  return {
    rank: (query, limit) => searcher.rank(withRelativeYears(query, year()), limit),
    decide: (query) => searcher.decide(withRelativeYears(query, year())),
  };
}
