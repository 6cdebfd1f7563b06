import { foldReply } from "./replies.js";
import type { SourceId } from "./sources.js";

export const VOTING_AGE = 18;

export const VOTER_CHECKS = ["age", "citizenship", "incapacity", "prison"] as const;
export type VoterCheck = (typeof VOTER_CHECKS)[number];

export interface VoterAnswers {
  adult?: boolean;
  citizen?: boolean;
  incapable?: boolean;
  imprisoned?: boolean;
}

interface VoterRule {
  id: VoterCheck;
  answer: keyof VoterAnswers;
  metWhen: boolean;
  sources: SourceId[];
}

export const VOTER_RULES: readonly VoterRule[] = [
  { id: "age", answer: "adult", metWhen: true, sources: ["constitution33", "electionLaw4"] },
  { id: "citizenship", answer: "citizen", metWhen: true, sources: ["constitution33"] },
  { id: "incapacity", answer: "incapable", metWhen: false, sources: ["constitution33_3"] },
  { id: "prison", answer: "imprisoned", metWhen: false, sources: ["constitution33_3"] },
];

export interface VoterVerdict {
  canVote: boolean;
  firstFailure: { id: VoterCheck; sources: SourceId[] } | null;
}

export function checkVoter(answers: VoterAnswers): VoterVerdict {
  const failed = VOTER_RULES.find((r) => answers[r.answer] !== r.metWhen);
  return { canVote: !failed, firstFailure: failed ? { id: failed.id, sources: failed.sources } : null };
}

export function isAdult(age: number): boolean {
  return age >= VOTING_AGE;
}

export const SITUATIONS = ["home", "elsewhere", "abroad", "homebound"] as const;
export type Situation = (typeof SITUATIONS)[number];

// Where the voter will be on the day, as typed instead of pressed: the starts of words, folded as foldReply folds
// them. Checked in this order, so "не могу выйти из дома" is homebound before "дома" is home, and "в другом городе"
// is elsewhere before "городе" could say anything.
const SITUATION_WORDS: readonly [Situation, readonly string[]][] = [
  [
    "homebound",
    [
      ...["болею", "болен", "больна", "больниц", "не могу выйти", "не выхожу", "инвалид", "ухаживаю", "лежач"],
      ...[
        "i am ill",
        "im ill",
        "i m ill",
        "sick",
        "hospital",
        "can t leave",
        "cannot leave",
        "cant leave",
        "disab",
        "caring for",
        "bedridden",
      ],
      ...["науқас", "ауырып", "ауру", "аурухана", "шыға алмаймын", "мүгедек", "күтемін", "төсек"],
      // old age and walking (walkthrough 14: "жүре алмаймын, қартпын" got "choose a button")
      ...["жүре алмаймын", "қартпын", "кәрімін", "жасым келді", "не могу ходить", "пожил", "старый", "старая"],
      ...["can t walk", "cannot walk", "cant walk", "elderly", "too old"],
    ],
  ],
  [
    "abroad",
    [
      ...["abroad", "outside kazakhstan", "another country", "other country", "overseas", "foreign"],
      ...["за границ", "за рубеж", "в другой стран", "вне казахстан", "не в казахстан", "zagranic"],
      ...["шетел", "басқа елде", "shetel"],
      // The countries and cities where most Kazakhstanis abroad live, study or work: "I'll be in London" (walkthrough 17)
      ...["russia", "moscow", "turkey", "istanbul", "korea", "seoul", "germany", "china", "dubai", "uae", "europe"],
      ...["london", "the uk", "the us", "usa", "america", "uzbekistan", "tashkent", "kyrgyzstan", "bishkek", "poland"],
      ...["росси", "москв", "турци", "стамбул", "коре", "сеул", "германи", "китай", "китае", "дубай", "дубае", "оаэ"],
      ...["европ", "лондон", "англи", "сша", "америк", "узбекистан", "ташкент", "кыргызстан", "киргизи", "бишкек"],
      ...["ресей", "мәскеу", "түркия", "кореяда", "германия", "қытай", "дубай", "еуропа", "лондон", "америка"],
      ...["өзбекстан", "ташкент", "қырғызстан", "бішкек", "польша", "prague", "праг", "чехи"],
    ],
  ],
  [
    "elsewhere",
    [
      ...["elsewhere", "another city", "another town", "other city", "other town", "another region", "business trip"],
      ...["away from home", "not where i am registered", "travel", "for work", "on business", "work trip"],
      ...["в другом город", "в другом мест", "в другой област", "в другом регион", "в командировк", "не по прописк"],
      ...["не там где пропис", "в отъезд", "в поездк", "drugom gorode"],
      ...["басқа қала", "басқа жер", "басқа облыс", "іссапар", "тіркелмеген жер", "baska qala"],
    ],
  ],
  [
    "home",
    [
      ...["at home", "where i am registered", "where i m registered", "my city", "my town", "here"],
      ...["дома", "по прописк", "где пропис", "в своем город", "здесь", "тут"],
      ...["үйде", "тіркелген жер", "өз қала", "осында", "мұнда", "uide"],
    ],
  ],
];

const NEGATION = / (не|not|емес) /;
// Folded once, as a typed reply is.
const FOLDED_SITUATION_WORDS = SITUATION_WORDS.map(([situation, words]) => [situation, words.map(foldReply)] as const);

/** The situation a typed reply names ("в другом городе", "шетелде боламын", "I'm sick"), or undefined. */
export function readSituation(text: string): Situation | undefined {
  const folded = ` ${foldReply(text)}`;
  const negated = NEGATION.test(`${folded} `);
  for (const [situation, words] of FOLDED_SITUATION_WORDS) {
    const word = words.find((w) => folded.includes(` ${w}`));
    if (word === undefined) continue;
    // "не дома", "not at home": a negated place is no answer and the buttons decide; "не по прописке" and being
    // unable to leave home say their "not" themselves.
    return !negated || situation === "homebound" || NEGATION.test(` ${word} `) ? situation : undefined;
  }
  return undefined;
}

export interface GuideStep {
  id: string;
  sources: SourceId[];
}

const step = (id: string, ...sources: SourceId[]): GuideStep => ({ id, sources });

const identity = step("identity", "identity");
const marking = step("marking", "marking");

const GUIDES: Record<Situation, readonly GuideStep[]> = {
  home: [
    step("findStation", "pollingStation"),
    step("listedByAddress", "voterLists"),
    identity,
    step("hours", "hours"),
    step("ballots", "ballots"),
    marking,
  ],
  elsewhere: [
    step("applyAkimat", "voterLists"),
    step("unregistered", "voterLists"),
    step("findStation", "pollingStation"),
    identity,
    step("hours", "hours"),
    marking,
  ],
  abroad: [
    step("abroadStations", "abroad"),
    step("abroadList", "abroad"),
    step("abroadPassport", "abroad"),
    step("abroadHours", "abroad"),
    step("abroadBallots", "abroad"),
    marking,
  ],
  // The station first: its commission is the one the request goes to.
  homebound: [
    step("findStation", "pollingStation"),
    step("homeRequest", "homeVoting", "identity"),
    step("homeGrounds", "homeVoting", "identity"),
    step("homeBox", "identity"),
    step("homeIdentity", "homeVoting"),
    marking,
  ],
};

export function votingGuide(situation: Situation): readonly GuideStep[] {
  return GUIDES[situation];
}

export function isSituation(value: unknown): value is Situation {
  return typeof value === "string" && (SITUATIONS as readonly string[]).includes(value);
}
