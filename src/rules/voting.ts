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
