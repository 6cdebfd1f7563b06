import type { Context } from "grammy";
import { formatDay } from "../../calendar/format.js";
import { kazakhstanYear } from "../../clock.js";
import type { TFunction } from "../../i18n.js";
import type { Lang } from "../../knowledge/schema.js";
import { ageSettledByYear, birthdayOfAge, parseAgeInput } from "../../rules/age.js";
import {
  type CandidateAnswers,
  checkEligibility,
  type EligibilityVerdict,
  mayStillVote,
  OFFICES,
  type Office,
  parseResidenceYears,
  type Requirement,
  requirementsFor,
  residenceMet,
  rulesOf,
} from "../../rules/eligibility.js";
import { isUndecidedReply } from "../../rules/replies.js";
import { callbackData } from "../callback-data.js";
import { type FlowConversation, FlowIO } from "./flow-io.js";
import { FLOW_KEYS } from "./interruptions.js";
import { citizenReply, type Parsed, type Prompt, recordReply, yesNo } from "./prompt.js";
import { sourceLinks } from "./source-links.js";

export const ELIGIBILITY_FLOW = "eligibility";
export const CONSTITUTION_2026_ENTRY = "constitution-2026";
// Where "Sources" leads: every legal link of the rules behind the verdict.
const KURULTAI_CANDIDATE_ENTRY = "kurultai-candidate";
const LEGAL_BASIS_ENTRY = "legal-basis";

const officePrompt: Prompt<Office> = {
  step: "office",
  intro: (t) => t("eligibility.intro"),
  text: (t) => t("eligibility.chooseOffice"),
  choices: (t) => OFFICES.map((value) => ({ value, label: t(`eligibility.office.${value}`) })),
};

/** The day someone too young for an office reaches its age, and that age. */
type AgeOn = { day: string; min: number };

/**
 * A step's prompt. `ageOn` is told, at the age step, when someone too young for the office reaches its age, if they
 * gave a date of birth (and undefined otherwise), so the advice can name the day as the voting guide does.
 */
function questionPrompt(req: Requirement, today: Date, ageOn?: (reached: AgeOn | undefined) => void): Prompt<string> {
  const base = { step: req.id, text: (t: TFunction) => t(`eligibility.q.${req.id}`), back: true, restart: true };
  if (req.id === "residence")
    return { ...base, choices: yesNo, parse: (text) => parseResidence(text, kazakhstanYear(today)) };
  if (req.id === "citizenship") return { ...base, choices: yesNo, parse: citizenReply };
  if (req.id === "criminalRecord") return { ...base, choices: yesNo, parse: recordReply };
  // "не знаю", "maybe" or "not yet" is an answer where the requirement may stay open (whether a party will list you
  // is the party's to say): the verdict is then "yes, if a party lists you", not a "no".
  if (req.mayBeOpen)
    return {
      ...base,
      choices: yesNo,
      parse: (text) => (isUndecidedReply(text) ? { ok: true, value: OPEN } : { ok: false, hintKey: "flow.useYesNo" }),
    };
  if (req.kind === "yesNo") return { ...base, choices: yesNo };
  return {
    ...base,
    parse: (text) => {
      const parsed = parseAgeInput(text, today);
      if (parsed.ok) {
        const min = req.minAge;
        const young = parsed.birth && min !== undefined && parsed.age < min;
        ageOn?.(young && parsed.birth ? { day: birthdayOfAge(parsed.birth, min), min } : undefined);
        return { ok: true, value: String(parsed.age) };
      }
      const settled =
        parsed.error === "year" && req.minAge !== undefined
          ? ageSettledByYear(parsed.year, today, req.minAge)
          : undefined;
      return settled !== undefined
        ? { ok: true, value: String(settled) }
        : { ok: false, hintKey: `eligibility.hint.${parsed.error}` };
    },
  };
}

function parseResidence(text: string, year: number): Parsed<string> {
  const years = parseResidenceYears(text, year);
  return years === null
    ? { ok: false, hintKey: "eligibility.hint.residence" }
    : { ok: true, value: residenceMet(years) ? "yes" : "no" };
}

const OPEN = "open";

function record(answers: CandidateAnswers, req: Requirement, value: string): CandidateAnswers {
  if (value === OPEN) {
    const { [req.answer]: _left, ...rest } = answers;
    return rest;
  }
  return { ...answers, [req.answer]: req.kind === "age" ? Number(value) : value === "yes" };
}

/** Telegram shows a verdict at a glance only when it is short: one legal link per rule, the rest under "Sources". */
export const VERDICT_MAX = 1200;

export function verdictText(verdict: EligibilityVerdict, t: TFunction): string {
  const rules = rulesOf(verdict.office);
  const lines = [t("eligibility.verdict.title", { office: t(`eligibility.office.${verdict.office}`) })];
  // The 2026 change opens the verdict only where it matters: the Mazhilis it abolished.
  if (rules === "2023-history") lines.push(`<i>${t("eligibility.verdict.history")}</i>`);
  lines.push(t(`eligibility.verdict.rules.${rules === "2026" ? "y2026" : rules === "2023" ? "y2023" : "history"}`));
  const failure = verdict.firstFailure;
  // "The first reason" only where two or more failed; an open requirement (❔) is no reason.
  const failures = verdict.failures.length;
  lines.push(
    "",
    verdict.onlyOpen
      ? t("eligibility.verdict.open")
      : failure
        ? t(failures > 1 ? "eligibility.verdict.ineligible" : "eligibility.verdict.ineligibleOne", {
            reason: t(`eligibility.fail.${failure.id}`, { min: failure.minAge }),
          })
        : t("eligibility.verdict.eligible"),
  );
  lines.push("", t("eligibility.verdict.requirements"));
  for (const r of verdict.results)
    lines.push(`${r.met ? "✅" : r.open ? "❔" : "❌"} ${t(`eligibility.req.${r.id}`, { min: r.minAge })}`);
  // Each legal provision once, however many requirements rest on it; the rest are behind the Sources button.
  const provisions = [...new Set(verdict.results.map((r) => r.sources[0]).filter((s) => s !== undefined))];
  lines.push(`<i>${t("answer.sources")}:</i> ${sourceLinks(provisions, t)}`);
  if (verdict.office === "kurultai") lines.push("", t("eligibility.verdict.kurultaiBars"));
  if (!verdict.residenceCovered) lines.push("", t("eligibility.verdict.maslikhatResidence"));
  return lines.join("\n");
}

export function nextStepsText(office: Office, t: TFunction): string {
  if (office === "kurultai") {
    return [
      t("eligibility.next.titleKurultai"),
      `• ${t("eligibility.next.kurultai")}`,
      "",
      `<i>${t("flow.disclaimer")}</i>`,
    ].join("\n");
  }
  const deposit = office === "maslikhat" ? "eligibility.next.depositMaslikhat" : "eligibility.next.depositMazhilis";
  // The documents' source describes the Mazhilis; for a maslikhat the bot says it has no list rather than lend it.
  const documents =
    office === "maslikhat"
      ? t("eligibility.next.documentsMaslikhat")
      : office === "mazhilisList"
        ? `${t("eligibility.next.documentsList")} (${sourceLinks(["partyListMembers"], t)})`
        : `${t("eligibility.next.documentsDistrict")} (${sourceLinks(["documents"], t)})`;
  return [
    t("eligibility.next.title"),
    `• ${t(deposit)} ${t("eligibility.next.refund")} (${sourceLinks(["depositAmount"], t)})`,
    `• ${documents}`,
    `• ${t("eligibility.next.dates")} (${sourceLinks(["calendar2023"], t)})`,
    "",
    `<i>${t("flow.disclaimer")}</i>`,
  ].join("\n");
}

const SHARED_WITH_KURULTAI = ["citizenship", "age", "residence"] as const;

// The deposit and the documents only matter to someone who can stand: after a "no" they would read as an
// invitation to file anyway, so an ineligible user gets what they can do instead, from the reasons that stopped
// them: "once you reach the age" only to someone whom the age stopped, how a list place is had to someone whom only
// the party list (or time) stopped, and for the Mazhilis (history) the way to the Kurultai's check unless what stopped them
// stops Kurultai candidates too.
export function ineligibleStepsText(
  verdict: EligibilityVerdict,
  answers: CandidateAnswers,
  t: TFunction,
  ageOn?: AgeOn & { lang: Lang },
): string {
  const failed = new Set(verdict.results.filter((r) => !r.met).map((r) => r.id));
  const history = rulesOf(verdict.office) === "2023-history";
  // The Kurultai asks the same citizenship, age and residence as the Mazhilis did: pointing a candidate stopped by
  // one of them to the Kurultai's check would send them to the same "no".
  const sharedWithKurultai = history && SHARED_WITH_KURULTAI.some((id) => failed.has(id));
  // Age and residence come with time, and a party may still list you; a conviction or a citizenship does not: "once
  // you reach the age" to someone a conviction also stops would promise what the age alone cannot give.
  const timeWillTell = [...failed].every((id) => id === "age" || id === "residence" || id === "partyList");
  const later = sharedWithKurultai
    ? failed.has("age")
      ? ["eligibility.ineligible.laterHistoryShared", "eligibility.ineligible.laterHistoryAge"]
      : ["eligibility.ineligible.laterHistoryShared"]
    : history
      ? ["eligibility.ineligible.laterHistory"]
      : timeWillTell
        ? [
            ...(failed.has("age")
              ? [ageOn ? "eligibility.ineligible.laterAgeOn" : "eligibility.ineligible.laterAge"]
              : []),
            ...(failed.has("residence") ? ["eligibility.ineligible.laterResidence"] : []),
          ]
        : [];
  // "A party can put you on its list" helps someone whom nothing else stops, or only an age or years they will reach,
  // and comes after those (walkthrough 12: a voter stopped by the age read about party lists first).
  // "If you meet the other requirements … you can stand" only where the list alone stopped them: after "you cannot,
  // the age" it read as a second verdict that contradicts the first (walkthrough 16).
  const partyList =
    failed.has("partyList") && timeWillTell
      ? [failed.size === 1 ? "eligibility.ineligible.partyList" : "eligibility.ineligible.partyListOnly"]
      : [];
  const bullets = [...later, ...partyList, ...(later.length ? [] : ["eligibility.ineligible.later"])];
  const reached = ageOn && { date: formatDay(ageOn.day, ageOn.lang), min: ageOn.min };
  return [
    t("eligibility.ineligible.title"),
    // "Only once you meet every requirement" would give the wrong reason for the Kurultai, whose filing steps are
    // missing because its election law was not found (the eligible verdict says so).
    ...(verdict.office === "kurultai" ? [] : [t("eligibility.ineligible.onlyEligible")]),
    ...bullets.map((key) => `• ${t(key, { button: t("flow.restart"), ...reached })}`),
    ...(mayStillVote(answers) ? [`• ${t("eligibility.ineligible.voting")}`] : []),
    "",
    `<i>${t("flow.disclaimer")}</i>`,
  ].join("\n");
}

export async function eligibilityConversation(conversation: FlowConversation, ctx: Context): Promise<void> {
  const io = await FlowIO.start(conversation, ctx, FLOW_KEYS.eligibility, "eligibility");
  let office: Office | null = null;
  let answers: CandidateAnswers = {};
  let ageOn: AgeOn | undefined;
  let index = 0;
  for (;;) {
    if (office === null || index === 0) {
      const out = await io.ask(officePrompt);
      if (out.kind === "value") {
        office = out.value;
        answers = {};
        index = 1;
      }
      continue;
    }
    const reqs = requirementsFor(office);
    const req = reqs[index - 1];
    if (req) {
      // The day matters to an age and to "since 2015" at the residence step; reading it is a step of its own.
      const today = req.kind === "age" || req.id === "residence" ? await io.today() : new Date(0);
      const out = await io.ask(questionPrompt(req, today, (reached) => (ageOn = reached)));
      if (out.kind === "value") {
        answers = record(answers, req, out.value);
        index++;
      } else index = out.kind === "back" ? index - 1 : 0;
      continue;
    }
    const verdict = checkEligibility(office, answers);
    const chosen = office;
    const link = (await io.hasEntry(CONSTITUTION_2026_ENTRY)) ? callbackData.answer(CONSTITUTION_2026_ENTRY) : null;
    const sourcesEntry = chosen === "kurultai" ? KURULTAI_CANDIDATE_ENTRY : LEGAL_BASIS_ENTRY;
    const sources = (await io.hasEntry(sourcesEntry)) ? callbackData.answer(sourcesEntry) : null;
    const out = await io.ask<never>({
      step: "verdict",
      lead: (tt) => verdictText(verdict, tt),
      text: (tt, lang) =>
        verdict.eligible
          ? nextStepsText(chosen, tt)
          : ineligibleStepsText(verdict, answers, tt, ageOn && { ...ageOn, lang }),
      links: (tt) => [
        ...(sources ? [{ label: tt("eligibility.button.sources"), data: sources }] : []),
        ...(link ? [{ label: tt("eligibility.button.constitution"), data: link }] : []),
      ],
      back: true,
      restart: true,
      final: true,
    });
    index = out.kind === "back" ? reqs.length : 0;
  }
}
