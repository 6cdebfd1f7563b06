import type { Context } from "grammy";
import { formatDay } from "../../calendar/format.js";
import type { TFunction } from "../../i18n.js";
import type { Lang } from "../../knowledge/schema.js";
import { ageSettledByYear, birthdayOfAge, parseAgeInput } from "../../rules/age.js";
import {
  checkVoter,
  isAdult,
  readSituation,
  SITUATIONS,
  type Situation,
  VOTER_RULES,
  VOTING_AGE,
  type VoterAnswers,
  votingGuide,
} from "../../rules/voting.js";
import { type FlowConversation, FlowIO } from "./flow-io.js";
import { FLOW_KEYS } from "./interruptions.js";
import { citizenReply, type Parsed, yesNo } from "./prompt.js";
import { sourceLinks } from "./source-links.js";

export const VOTING_FLOW = "voting";

/** "Are you 18?" read from an age or a date of birth; `adultOn` is told the day a minor born then turns 18. */
function adultFromAge(text: string, today: Date, adultOn: (day: string | undefined) => void): Parsed<"yes" | "no"> {
  const age = parseAgeInput(text, today);
  if (!age.ok && age.error === "year") {
    const settled = ageSettledByYear(age.year, today, VOTING_AGE);
    if (settled === undefined) return { ok: false, hintKey: "eligibility.hint.year" };
    adultOn(undefined);
    return { ok: true, value: isAdult(settled) ? "yes" : "no" };
  }
  if (!age.ok) return { ok: false, hintKey: "flow.useYesNo" };
  adultOn(age.birth && !isAdult(age.age) ? birthdayOfAge(age.birth, VOTING_AGE) : undefined);
  return { ok: true, value: isAdult(age.age) ? "yes" : "no" };
}

export function guideText(situation: Situation, t: TFunction): string {
  // A source is linked once: the steps after it that rest on the same source do not repeat the link.
  const cited = new Set<string>();
  const steps = votingGuide(situation).map((s, i) => {
    const fresh = s.sources.filter((id) => !cited.has(id));
    for (const id of fresh) cited.add(id);
    return `${i + 1}. ${t(`voting.step.${s.id}`)}${fresh.length > 0 ? ` (${sourceLinks(fresh, t)})` : ""}`;
  });
  return [
    `<b>${t(`voting.situation.${situation}`)}</b>`,
    t("voting.rules"),
    "",
    ...steps,
    "",
    `<i>${t("voting.note")}</i>`,
  ].join("\n");
}

/** Why the user cannot vote; too young, also from when they can (the day they turn 18, when a birth date was given). */
export function cannotVoteText(answers: VoterAnswers, t: TFunction, lang: Lang, adultOn?: string): string {
  const failure = checkVoter(answers).firstFailure;
  const reason = failure ? `${t(`voting.cannot.${failure.id}`)} (${sourceLinks(failure.sources, t)})` : "";
  const later =
    failure?.id !== "age"
      ? []
      : [adultOn ? t("voting.adultFrom", { date: formatDay(adultOn, lang) }) : t("voting.adultLater")];
  return [
    `<b>${t("voting.cannotTitle")}</b>`,
    t("voting.rules"),
    reason,
    ...later,
    "",
    `<i>${t("flow.disclaimer")}</i>`,
  ].join("\n");
}

export async function votingConversation(conversation: FlowConversation, ctx: Context): Promise<void> {
  const io = await FlowIO.start(conversation, ctx, FLOW_KEYS.voting, "voting");
  let answers: VoterAnswers = {};
  let index = 0;
  let failedAt: number | null = null;
  let introduced = false;
  let adultOn: string | undefined;
  for (;;) {
    const rule = VOTER_RULES[index];
    if (failedAt !== null) {
      const out = await io.ask<never>({
        step: "cannot",
        text: (t, lang) => cannotVoteText(answers, t, lang, adultOn),
        back: true,
        restart: true,
        final: true,
      });
      index = out.kind === "back" ? failedAt : 0;
      failedAt = null;
      if (index === 0) answers = {};
      continue;
    }
    if (rule) {
      const first = index === 0;
      const today = rule.id === "age" ? await io.today() : undefined;
      const out = await io.ask({
        step: rule.id,
        text: (t) => t(`voting.q.${rule.id}`),
        // The intro opens the guide once: "back" to the first step asks it again without it (walkthrough 14).
        ...(first && !introduced ? { intro: (t: TFunction) => t("voting.intro") } : {}),
        choices: yesNo,
        // "Are you 18?" answered with an age or a date of birth ("мне 26", "I'm 17", "01.05.1999") is that yes or no.
        ...(today ? { parse: (text: string) => adultFromAge(text, today, (day) => (adultOn = day)) } : {}),
        ...(rule.id === "citizenship" ? { parse: citizenReply } : {}),
        back: !first,
        restart: !first,
      });
      introduced = true;
      if (out.kind === "value") {
        if (rule.id === "age" && out.value === "yes") adultOn = undefined;
        answers = { ...answers, [rule.answer]: out.value === "yes" };
        if (answers[rule.answer] !== rule.metWhen) failedAt = index;
        else index++;
      } else {
        index = out.kind === "back" ? index - 1 : 0;
        if (index === 0) answers = {};
      }
      continue;
    }
    if (index === VOTER_RULES.length) {
      const out = await io.ask<Situation>({
        step: "situation",
        text: (t) => t("voting.canVote"),
        choices: (t) => SITUATIONS.map((value) => ({ value, label: t(`voting.situation.${value}`) })),
        parse: (text) => {
          const situation = readSituation(text);
          return situation ? { ok: true, value: situation } : { ok: false, hintKey: "flow.useButtons" };
        },
        back: true,
        restart: true,
      });
      if (out.kind === "value") {
        const situation = out.value;
        const guide = await io.ask<never>({
          step: "guide",
          text: (t) => guideText(situation, t),
          back: true,
          restart: true,
          final: true,
        });
        if (guide.kind === "restart") [index, answers] = [0, {}];
      } else if (out.kind === "back") index--;
      else [index, answers] = [0, {}];
    }
  }
}
