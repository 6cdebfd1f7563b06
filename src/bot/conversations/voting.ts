import type { Context } from "grammy";
import type { TFunction } from "../../i18n.js";
import { parseAgeInput } from "../../rules/age.js";
import {
  checkVoter,
  isAdult,
  SITUATIONS,
  type Situation,
  VOTER_RULES,
  type VoterAnswers,
  votingGuide,
} from "../../rules/voting.js";
import { type FlowConversation, FlowIO } from "./flow-io.js";
import { type Parsed, yesNo } from "./prompt.js";
import { sourceLinks } from "./source-links.js";

export const VOTING_FLOW = "voting";

function adultFromAge(text: string, today: Date): Parsed<"yes" | "no"> {
  const age = parseAgeInput(text, today);
  return age.ok ? { ok: true, value: isAdult(age.age) ? "yes" : "no" } : { ok: false, hintKey: "flow.useButtons" };
}

export function guideText(situation: Situation, t: TFunction): string {
  // A source is linked once: the steps after it that rest on the same source do not repeat the link.
  const cited = new Set<string>();
  const steps = votingGuide(situation).map((s, i) => {
    const fresh = s.sources.filter((id) => !cited.has(id));
    for (const id of fresh) cited.add(id);
    return `${i + 1}. ${t(`voting.step.${s.id}`)}${fresh.length > 0 ? ` (${sourceLinks(fresh, t)})` : ""}`;
  });
  return [`<b>${t(`voting.situation.${situation}`)}</b>`, "", ...steps, "", `<i>${t("voting.note")}</i>`].join("\n");
}

export function cannotVoteText(answers: VoterAnswers, t: TFunction): string {
  const failure = checkVoter(answers).firstFailure;
  const reason = failure ? `${t(`voting.cannot.${failure.id}`)} (${sourceLinks(failure.sources, t)})` : "";
  return [`<b>${t("voting.cannotTitle")}</b>`, reason, "", `<i>${t("flow.disclaimer")}</i>`].join("\n");
}

export async function votingConversation(conversation: FlowConversation, ctx: Context): Promise<void> {
  const io = await FlowIO.start(conversation, ctx, "vo", "voting");
  let answers: VoterAnswers = {};
  let index = 0;
  let failedAt: number | null = null;
  for (;;) {
    const rule = VOTER_RULES[index];
    if (failedAt !== null) {
      const out = await io.ask<never>({
        step: "cannot",
        text: (t) => cannotVoteText(answers, t),
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
        text: (t) => (first ? `${t("voting.intro")}\n\n${t(`voting.q.${rule.id}`)}` : t(`voting.q.${rule.id}`)),
        choices: yesNo,
        // "Are you 18?" answered with an age or a date of birth ("мне 26", "I'm 17", "01.05.1999") is that yes or no.
        ...(today ? { parse: (text: string) => adultFromAge(text, today) } : {}),
        back: !first,
        restart: !first,
      });
      if (out.kind === "value") {
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
