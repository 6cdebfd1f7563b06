import { parseAgeInput } from "../../rules/age.js";
import {
  asksSomething,
  isBackReply,
  isRestartReply,
  isUndecidedReply,
  readSpacedYesNo,
  readYesNo,
} from "../../rules/replies.js";
import { latinToCyrillic } from "../../search/analysis/translit.js";
import { labelKey } from "../keyboards.js";
import type { Choice } from "./prompt.js";

/**
 * What only a flow's step asks for: a yes or no, a "не знаю" or "maybe", a number, an age or a date of birth, "back"
 * or "start over". Outside a flow it answers a question the bot may no longer be asking (a flow that timed out);
 * searched, "не знаю" found "who to vote for". A message that asks something is a question, whatever it opens with:
 * "мне 72 года, могу ли я проголосовать дома?", "нет, я хотела спросить про маслихат".
 */
export function isOrphanStepAnswer(text: string, today: Date): boolean {
  if (isUndecidedReply(text)) return true;
  if (asksSomething(text)) return false;
  return (
    readYesNo(text) !== undefined ||
    /^\s*\d{1,3}\s*$/.test(text) ||
    isBackReply(text) ||
    isRestartReply(text) ||
    parseAgeInput(text, today).ok
  );
}

// "Kurultai (2026 rules)" is also chosen by typing "kurultai": the note in brackets is for reading, not typing.
const withoutNote = (label: string) => labelKey(label.replace(/\s*\([^)]*\)\s*$/, ""));

// "I'll be abroad", "буду за границей", "шетелде боламын": the label said in a sentence about being somewhere; "в
// курултай", "for the maslikhat": the label after the preposition that asks for it.
const BEING = new Set([
  // "ал шетелде ше?", "а в курултай?", "and abroad?", "what about abroad": a choice asked about is that choice
  // (walkthrough 16: read as a follow-up, "ал шетелде ше?" repeated an answer from before the flow)
  ...["ал", "ше", "а", "and", "what", "about"],
  // "the Kurultai please" (walkthrough 17)
  ...["please", "pls", "пожалуйста", "пжл", "өтінемін", "отинемин"],
  "в",
  "во",
  "на",
  "to",
  "for",
  "the",
  "i",
  "ll",
  "will",
  "be",
  "am",
  "im",
  "я",
  "буду",
  "был",
  "была",
  "мен",
  "боламын",
  "болам",
  "едим",
]);

function byLabel<T extends string>(typed: string, choices: Choice<T>[]): T | undefined {
  const exact = choices.find((c) => labelKey(c.label) === typed || withoutNote(c.label) === typed);
  if (exact) return exact.value;
  // One word that a single label's word begins, with an ending added: "шетелдемин" (I am abroad) for "Шетелде".
  if (/^\p{L}{5,}$/u.test(typed)) {
    const prefixed = choices.filter((c) => {
      const label = withoutNote(c.label);
      return !label.includes(" ") && label.length >= 5 && typed.startsWith(label);
    });
    // The same button in several languages is still one button.
    const values = new Set(prefixed.map((c) => c.value));
    if (values.size === 1) return prefixed[0]!.value;
  }
  return undefined;
}

/** The choice whose label a typed reply is, alone or in a sentence about being there or asking about it. */
export function namedChoice<T extends string>(text: string, choices: Choice<T>[]): T | undefined {
  const typed = labelKey(text);
  const stripped = typed
    .split(" ")
    .filter((w) => !BEING.has(w))
    .join(" ");
  const named = byLabel(typed, choices) ?? (stripped && stripped !== typed ? byLabel(stripped, choices) : undefined);
  // "maslihat" typed in Latin letters names the "Мәслихат" button (walkthrough 18).
  if (named !== undefined || !/^[a-z\s]+$/.test(stripped)) return named;
  return byLabel(labelKey(latinToCyrillic(stripped)), choices);
}

/** The choice a typed reply names: a button's label (with or without its note in brackets), or a yes or no in any of the three languages. */
// Kazakh letters folded (labelKey), so "маслихат" typed without them names the "Мәслихат" button.
export function typedChoice<T extends string>(text: string, choices: Choice<T>[]): T | undefined {
  const named = namedChoice(text, choices);
  if (named) return named;
  const yesNo = readYesNo(text) ?? readSpacedYesNo(text);
  return yesNo ? choices.find((c) => c.value === yesNo)?.value : undefined;
}
