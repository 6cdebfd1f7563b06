import type { Choice } from "./prompt.js";

const YES = new Set(["yes", "y", "yeah", "да", "ага", "иә", "ия", "иа"]);
const NO = new Set(["no", "n", "nope", "нет", "жоқ", "жок"]);
const plain = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** A bare "yes" or "no": an answer to a question the bot may no longer be asking (a flow that timed out). */
export function isBareYesNo(text: string): boolean {
  const typed = plain(text);
  return YES.has(typed) || NO.has(typed);
}

/** The choice a typed reply names: a button's label, or a yes or no in any of the three languages. */
export function typedChoice<T extends string>(text: string, choices: Choice<T>[]): T | undefined {
  const typed = plain(text);
  const byLabel = choices.find((c) => plain(c.label) === typed);
  if (byLabel) return byLabel.value;
  if (YES.has(typed)) return choices.find((c) => c.value === "yes")?.value;
  if (NO.has(typed)) return choices.find((c) => c.value === "no")?.value;
  return undefined;
}
