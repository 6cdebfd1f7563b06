import { InlineKeyboard } from "grammy";
import type { TFunction } from "../../i18n.js";
import type { Lang } from "../../knowledge/schema.js";
import { CLAIMS, type Claim, readClaim } from "../../rules/replies.js";
import { callbackData } from "../callback-data.js";

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; hintKey: string };

export interface Prompt<T extends string> {
  step: string;
  text(t: TFunction, lang: Lang): string;
  /** What the flow is, said above the step when it is first shown, and not again with every hint or re-ask. */
  intro?(t: TFunction): string;
  /** A message of its own shown before the step's, each time the step is shown: a verdict before what to do next. */
  lead?(t: TFunction): string;
  choices?(t: TFunction): Choice<T>[];
  parse?(text: string): Parsed<T>;
  links?(t: TFunction): { label: string; data: string }[];
  back?: boolean;
  restart?: boolean;
  /** After a verdict anything but the flow's own buttons ends the flow and goes to the rest of the bot. */
  final?: boolean;
}

export type Outcome<T> = { kind: "value"; value: T } | { kind: "back" } | { kind: "restart" };

export const yesNo = (t: TFunction): Choice<"yes" | "no">[] => [
  { value: "yes", label: t("flow.yes") },
  { value: "no", label: t("flow.no") },
];

/** A yes/no step that also takes its fact said in words: "я гражданин РК", "азаматы емеспін", "не судим". */
const claimReply =
  (claim: Claim) =>
  (text: string): Parsed<"yes" | "no"> => {
    const said = readClaim(text, claim);
    return said ? { ok: true, value: said } : { ok: false, hintKey: "flow.useYesNo" };
  };

export const citizenReply = claimReply(CLAIMS.citizen);
export const recordReply = claimReply(CLAIMS.record);

/** A step's buttons: its choices, its links, then back and restart; undefined when it has none. */
export function promptKeyboard<T extends string>(
  flow: string,
  prompt: Prompt<T>,
  t: TFunction,
): InlineKeyboard | undefined {
  const keyboard = new InlineKeyboard();
  for (const choice of prompt.choices?.(t) ?? [])
    keyboard.text(choice.label, callbackData.flow.choice(flow, prompt.step, choice.value)).row();
  for (const link of prompt.links?.(t) ?? []) keyboard.text(link.label, link.data).row();
  if (prompt.back) keyboard.text(t("flow.back"), callbackData.flow.back(flow));
  if (prompt.restart) keyboard.text(t("flow.restart"), callbackData.flow.restart(flow));
  return keyboard.inline_keyboard.flat().length > 0 ? keyboard : undefined;
}
