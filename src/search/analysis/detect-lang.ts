import type { Lang } from "../../knowledge/schema.js";
import { isCyrillic, kazakhFold, tokenize } from "./normalize.js";
import { latinToCyrillic } from "./translit.js";

export type Lexicon = Record<Lang, ReadonlySet<string>>;

const words = (s: string) => new Set(s.split(" ").map((w) => kazakhFold(w)));

/** Small built-in word lists; the searcher adds the words of its knowledge base. */
export const MARKER_WORDS: Lexicon = {
  kk: words(
    "сайлау сайлауы сайлауға қашан қай қайда қалай қандай кім не неше қанша бола болады ма ме ба бе па пе керек дауыс беру береді жылы күні уақыт және мен үшін туралы деген қажет ғой емес бар жоқ қайтып сағат нешеде ашылады өтеді депутаттар кандидат",
  ),
  ru: words(
    "когда где как какой какие какая кто что сколько можно нужно ли выборы выборах голосование голосовать проголосовать участок участки избирательный и в на с для по это есть нет будет будут были был почему зачем ли мне я за о об до после часы время день",
  ),
  en: words(
    "the a an is are was were when where what who how which why can could do does did i my vote voting election elections polling station day time hours of in on for to be and or there will many much need who whom with register ballot party parties",
  ),
};

const KK_LETTERS = /[әғқңөұүһі]/;
const KK_LATIN = /[äğıñöşūüúǵńóáý]|q(?!u)/;
const RU_LETTERS = /[эёъщ]/;

function has(lexicons: Lexicon[], lang: Lang, w: string): boolean {
  return lexicons.some((l) => l[lang].has(w));
}

type Votes = [kk: number, ru: number, en: number];
const NO_VOTES: Votes = [0, 0, 0];

function votesOf(raw: string, lexicons: Lexicon[]): Votes {
  if (/^[\d%]+$/.test(raw)) return NO_VOTES;
  const votes: Votes = [0, 0, 0];
  if (isCyrillic(raw)) {
    const w = kazakhFold(raw);
    if (KK_LETTERS.test(raw)) votes[0] += 2;
    else if (RU_LETTERS.test(raw)) votes[1] += 2;
    if (has(lexicons, "kk", w)) votes[0] += 1;
    if (has(lexicons, "ru", w)) votes[1] += 1;
    return votes;
  }
  if (KK_LATIN.test(raw)) votes[0] += 2;
  if (has(lexicons, "en", raw)) votes[2] += 1;
  if (has(lexicons, "kk", kazakhFold(latinToCyrillic(raw, true)))) votes[0] += 1;
  if (has(lexicons, "ru", kazakhFold(latinToCyrillic(raw)))) votes[1] += 1;
  return votes;
}

function decideLang(text: string, votes: (word: string) => Votes): Lang | undefined {
  const score: Record<Lang, number> = { kk: 0, ru: 0, en: 0 };
  for (const raw of tokenize(text)) {
    const [kk, ru, en] = votes(raw);
    score.kk += kk;
    score.ru += ru;
    score.en += en;
  }
  const [first, second] = (Object.entries(score) as [Lang, number][]).sort((a, b) => b[1] - a[1]);
  if (!first || !second) return undefined;
  if (first[1] >= 2 && first[1] - second[1] >= 1 && first[1] >= 1.5 * second[1]) return first[0];
  return undefined;
}

/** The language a question is clearly written in, or undefined when it is short, mixed or unclear. */
export function detectLang(text: string, extra?: Lexicon): Lang | undefined {
  const lexicons = extra ? [MARKER_WORDS, extra] : [MARKER_WORDS];
  return decideLang(text, (w) => votesOf(w, lexicons));
}

/** detectLang with one lexicon, each word's votes and the last text's answer remembered: a searcher asks it twice. */
export function langDetector(extra: Lexicon): (text: string) => Lang | undefined {
  const lexicons = [MARKER_WORDS, extra];
  const memo = new Map<string, Votes>();
  let last: { text: string; lang: Lang | undefined } | undefined;
  const votes = (w: string) => {
    let v = memo.get(w);
    if (!v) {
      if (memo.size > 20_000) memo.clear();
      v = votesOf(w, lexicons);
      memo.set(w, v);
    }
    return v;
  };
  return (text) => {
    if (last?.text !== text) last = { text, lang: decideLang(text, votes) };
    return last.lang;
  };
}
