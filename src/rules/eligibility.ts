import { soleNumberAmong } from "./age.js";
import { withNumberWords } from "./number-words.js";
import { foldReply } from "./replies.js";
import type { SourceId } from "./sources.js";
import { checkVoter, isAdult } from "./voting.js";

// In the order a voter meets them today: the Kurultai (the 2026 rules) first, the maslikhat next (the rules used in
// 2023, which as far as the sources say still apply to the sitting maslikhats), the Mazhilis last, for history.
export const OFFICES = ["kurultai", "maslikhat", "mazhilisList", "mazhilisDistrict"] as const;
export type Office = (typeof OFFICES)[number];

export const REQUIREMENT_IDS = [
  "citizenship",
  "age",
  "residence",
  "criminalRecord",
  "incapacity",
  "corruption",
  "sentence",
  "partyMembership",
  "partyList",
] as const;
export type RequirementId = (typeof REQUIREMENT_IDS)[number];

export interface CandidateAnswers {
  citizen?: boolean;
  age?: number;
  resident10Years?: boolean;
  criminalRecord?: boolean;
  incapable?: boolean;
  corruption?: boolean;
  servingSentence?: boolean;
  partyMember?: boolean;
  onPartyList?: boolean;
}

export type AnswerKey = keyof CandidateAnswers;

export interface Requirement {
  id: RequirementId;
  answer: AnswerKey;
  kind: "yesNo" | "age";
  minAge?: number;
  sources: SourceId[];
  /** "Don't know" is an answer here, left open: whether a party will list you is the party's to say. */
  mayBeOpen?: true;
  met(answers: CandidateAnswers): boolean;
}

export const MAZHILIS_MIN_AGE = 25;
export const MASLIKHAT_MIN_AGE = 20;
export const MAZHILIS_RESIDENCE_YEARS = 10;

const yes = (key: AnswerKey) => (a: CandidateAnswers) => a[key] === true;
const no = (key: AnswerKey) => (a: CandidateAnswers) => a[key] === false;

const citizenship = (sources: SourceId[]): Requirement => ({
  id: "citizenship",
  answer: "citizen",
  kind: "yesNo",
  sources,
  met: yes("citizen"),
});
const age = (minAge: number, sources: SourceId[]): Requirement => ({
  id: "age",
  answer: "age",
  kind: "age",
  minAge,
  sources,
  met: (a) => a.age !== undefined && a.age >= minAge,
});
const residence = (sources: SourceId[]): Requirement => ({
  id: "residence",
  answer: "resident10Years",
  kind: "yesNo",
  sources,
  met: yes("resident10Years"),
});
const disqualifications: Requirement[] = [
  {
    id: "criminalRecord",
    answer: "criminalRecord",
    kind: "yesNo",
    sources: ["electionLaw4_4"],
    met: no("criminalRecord"),
  },
  {
    id: "incapacity",
    answer: "incapable",
    kind: "yesNo",
    sources: ["constitution33_3", "electionLaw4_4"],
    met: no("incapable"),
  },
  { id: "corruption", answer: "corruption", kind: "yesNo", sources: ["electionLaw4_4"], met: no("corruption") },
  {
    id: "sentence",
    answer: "servingSentence",
    kind: "yesNo",
    sources: ["constitution33_3", "electionLaw4_4"],
    met: no("servingSentence"),
  },
];
const partyMembership: Requirement = {
  id: "partyMembership",
  answer: "partyMember",
  kind: "yesNo",
  sources: ["partyListMembers"],
  met: yes("partyMember"),
};

const mazhilisBase = [
  citizenship(["constitution51", "constitution10_3"]),
  age(MAZHILIS_MIN_AGE, ["constitution51"]),
  residence(["constitution51"]),
  ...disqualifications,
];

export const KURULTAI_MIN_AGE = 25;

const REQUIREMENTS: Record<Office, readonly Requirement[]> = {
  // Only what the sources of early 2026 state. The adopted election law was not found, so whether the 2023 bars
  // (criminal record, incapacity, corruption, a sentence) still apply is not asked and not asserted.
  kurultai: [
    citizenship(["kurultaiCandidate"]),
    age(KURULTAI_MIN_AGE, ["kurultaiCandidate"]),
    residence(["kurultaiCandidate"]),
    {
      id: "partyList",
      answer: "onPartyList",
      kind: "yesNo",
      sources: ["kurultaiCandidate"],
      mayBeOpen: true,
      met: yes("onPartyList"),
    },
  ],
  mazhilisList: [...mazhilisBase, partyMembership],
  mazhilisDistrict: mazhilisBase,
  // The residency rule for maslikhat candidates is not verified, so it is not asked and not asserted.
  maslikhat: [
    citizenship(["localGovLaw5", "constitution10_3"]),
    age(MASLIKHAT_MIN_AGE, ["localGovLaw5"]),
    ...disqualifications,
  ],
};

/** Which rules a check applies: those of the 2026 Constitution, or those of the 2023 elections (for the Mazhilis, history). */
export type Rules = "2026" | "2023" | "2023-history";

export function rulesOf(office: Office): Rules {
  if (office === "kurultai") return "2026";
  return office === "maslikhat" ? "2023" : "2023-history";
}

// The words around a number of years lived in Kazakhstan, folded as foldReply folds them: "15 жыл тұрдым",
// "живу здесь 15 лет", "I have lived here for 15 years".
const RESIDENCE_WORDS = new Set(
  [
    ...["жыл", "жылдан", "жылдай", "тұрдым", "тұрамын", "тұрып", "жатырмын", "келе"],
    ...["қазақстанда", "осында", "мұнда", "елде", "шамамен", "астам", "артық", "бері", "мен"],
    ...["живу", "жил", "жила", "прожил", "прожила", "проживаю", "лет", "год", "года", "в", "казахстане", "здесь"],
    ...["уже", "около", "более", "больше", "почти", "я", "тут", "рк"],
    ...["i", "have", "lived", "live", "been", "living", "ive", "here", "in", "kazakhstan", "for", "years", "year"],
    ...["about", "over", "more", "than", "almost", "already", "kz", "yrs", "yr", "г", "ж"],
    ...["только", "всего", "тек", "only", "just", "болды", "ғой", "все"],
    // Kazakh typed in Latin letters: "15 zhyl turamyn" (walkthrough 19)
    ...["zhyl", "jyl", "jil", "zhyldan", "jyldan", "turamyn", "turdym", "kazakstanda", "qazaqstanda", "osynda"],
  ].map(foldReply),
);
// Since a year: "с 2015 года", "since 2015", "2015 жылдан бері", "2015 жылдан бастап".
const SINCE_YEAR = [
  /(?:^| )(?:с|since|from) ((?:19|20)\d\d)(?: |$)/u,
  /(?:^| )((?:19|20)\d\d) (?:ж |жыл |жылдан |)(?:бери|бастап)(?: |$)/u,
];
// "С детства" and "since childhood" are asked of someone old enough to stand, so they cover the years the rule counts.
const ALL_MY_LIFE = [
  ...["туганнан бери", "туылганнан бери", "омир бойы", "бала кезимнен", "кишкентайымнан", "jastaiymnan"],
  ...["с рождения", "всю жизнь", "с детства", "с самого детства", "since birth", "all my life", "since i was born"],
  ...["since childhood", "since i was a child", "my whole life", "whole life"],
];

/**
 * Years lived in Kazakhstan as people write them, or null: "15", "15 жыл тұрдым", "живу 15 лет", "fifteen years", "since birth", and
 * "с 2015 года" (counted to `year`, the year of the bot's clock; a year later than it is no answer).
 */
export function parseResidenceYears(text: string, year: number): number | null {
  const folded = foldReply(text);
  if (ALL_MY_LIFE.some((p) => folded.includes(p))) return Number.POSITIVE_INFINITY;
  const since = SINCE_YEAR.map((re) => re.exec(folded)?.[1]).find(Boolean);
  if (since !== undefined) return Number(since) <= year ? year - Number(since) : null;
  const words = withNumberWords(folded.split(" ").filter(Boolean));
  return words.length > 10 ? null : soleNumberAmong(words, RESIDENCE_WORDS, 3);
}

export function residenceMet(years: number): boolean {
  return years >= MAZHILIS_RESIDENCE_YEARS;
}

export function requirementsFor(office: Office): readonly Requirement[] {
  return REQUIREMENTS[office];
}

export interface RequirementResult {
  id: RequirementId;
  met: boolean;
  /** Not met yet, and not known either ("don't know" where that is an answer). */
  open: boolean;
  minAge?: number;
  sources: SourceId[];
}

export interface EligibilityVerdict {
  office: Office;
  eligible: boolean;
  results: RequirementResult[];
  /** The requirements not met and not open, in the order they are asked. */
  failures: RequirementResult[];
  /** The first of them. */
  firstFailure: RequirementResult | null;
  /** Every requirement not met is open: the verdict is "yes, if", not "no". */
  onlyOpen: boolean;
  residenceCovered: boolean;
}

export function checkEligibility(office: Office, answers: CandidateAnswers): EligibilityVerdict {
  const results = requirementsFor(office).map((r) => ({
    id: r.id,
    met: r.met(answers),
    open: r.mayBeOpen === true && answers[r.answer] === undefined,
    sources: r.sources,
    ...(r.minAge !== undefined ? { minAge: r.minAge } : {}),
  }));
  const eligible = results.every((r) => r.met);
  // An open requirement is not met, but it is no failure either: it is no reason to give.
  const failures = results.filter((r) => !r.met && !r.open);
  const firstFailure = failures[0] ?? null;
  return {
    office,
    eligible,
    results,
    failures,
    firstFailure,
    onlyOpen: !eligible && firstFailure === null,
    residenceCovered: office !== "maslikhat",
  };
}

export function isOffice(value: unknown): value is Office {
  return typeof value === "string" && (OFFICES as readonly string[]).includes(value);
}

/**
 * Whether someone who cannot run may still vote, so that pointing them to the voting guide makes sense: the voter
 * rules (rules/voting.ts) applied to the answers given, an answer not asked counting as met.
 */
export function mayStillVote(answers: CandidateAnswers): boolean {
  return checkVoter({
    adult: answers.age === undefined || isAdult(answers.age),
    citizen: answers.citizen !== false,
    incapable: answers.incapable === true,
    imprisoned: answers.servingSentence === true,
  }).canVote;
}
