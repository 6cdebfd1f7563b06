// What a command or a button pressed in the middle of a guided flow does to the flow. No interruption ends a flow
// without a word: most are handled and the flow's question is asked again; the ones that leave say so.

import { callbackData, callbackPattern } from "../callback-data.js";

export type FlowName = "eligibility" | "voting";

export type Interruption =
  /** Handled by the rest of the bot, then the step is asked again (/help, /calendar, a menu or answer button). */
  | { kind: "resume" }
  /** Leaves the flow, says so and how to come back, then the rest of the bot handles it (/start, the main menu). */
  | { kind: "leave" }
  /** Another flow, or this one from its start: the flow is left and the command opens the one asked for. */
  | { kind: "enter"; flow: FlowName }
  /** Only answers with a toast (👍, 👎): the flow keeps waiting, its question still the last thing shown. */
  | { kind: "pass" };

const FLOWS: readonly string[] = ["eligibility", "voting"] satisfies FlowName[];

/** The short name of each flow in its buttons' data ("g:el:age:yes"), which must fit Telegram's 64 bytes. */
export const FLOW_KEYS = { eligibility: "el", voting: "vo" } as const satisfies Record<FlowName, string>;

/** The flow whose button this is ("g:el:…" → eligibility), if any. */
export function flowOfButton(data: string): FlowName | undefined {
  const key = /^g:([a-z]+):/.exec(data)?.[1];
  return (Object.keys(FLOW_KEYS) as FlowName[]).find((flow) => FLOW_KEYS[flow] === key);
}
const isFlow = (name: string): name is FlowName => FLOWS.includes(name);

/** A slash command typed in a flow; /cancel never gets here (it is handled before the flows). */
export function commandInterruption(text: string): Interruption {
  const [, command = "", payload = ""] = /^\/([A-Za-z0-9_]+)(?:@\w+)?\s*(.*)$/s.exec(text.trim()) ?? [];
  if (isFlow(command)) return { kind: "enter", flow: command };
  if (command === "start")
    return isFlow(payload.trim()) ? { kind: "enter", flow: payload.trim() as FlowName } : { kind: "leave" };
  return { kind: "resume" };
}

/** A button from outside the flow's own keyboard (its own buttons and the language buttons are the flow's). */
export function buttonInterruption(data: string): Interruption {
  const menu = callbackPattern.menu.exec(data);
  if (menu) {
    const item = menu[1]!;
    if (item === "main") return { kind: "leave" };
    return isFlow(item) ? { kind: "enter", flow: item } : { kind: "resume" };
  }
  if (data.startsWith(callbackData.answer(""))) return { kind: "resume" };
  if (data === callbackData.remindOn || data === callbackData.remindOff) return { kind: "resume" };
  // The topics too, a category or a page as much as an answer opened from them: the list is shown, then the step is
  // asked again under it, so the flow is never left silently behind a list.
  if (callbackPattern.topics.test(data)) return { kind: "resume" };
  return { kind: "pass" };
}
