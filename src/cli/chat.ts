import { createInterface } from "node:readline/promises";
import { createDeps, createLocalChat } from "../app.js";
import type { BotDeps } from "../bot/context.js";
import { clockFor } from "../clock.js";
import { createI18n, langFromTelegram } from "../i18n.js";
import type { Button, LocalChat, Reply } from "../local/local-chat.js";
import { localConfig } from "./local-config.js";
import { exitQuietlyWhenOutputCloses } from "./quiet-pipe.js";

exitQuietlyWhenOutputCloses();

// A button is pressed with "#N", never with a bare number: several flow steps take a number as their answer
// (an age, years of residence), and the terminal cannot tell those steps from the ones that only have buttons.
const PRESS = /^#\s*(\d+)$/;

export type LineAction =
  | { kind: "press"; button: Button }
  | { kind: "send"; text: string }
  | { kind: "noButton"; n: number };

/** Buttons with callback data are numbered in the order shown; link buttons are printed but not pressable. */
export const pressable = (buttons: readonly Button[]): Button[] => buttons.filter((b) => b.data);

export function readLine(line: string, buttons: readonly Button[]): LineAction | null {
  const input = line.trim();
  if (!input) return null;
  const press = PRESS.exec(input);
  if (!press) return { kind: "send", text: input };
  const n = Number(press[1]);
  const button = pressable(buttons)[n - 1];
  return button ? { kind: "press", button } : { kind: "noButton", n };
}

function print(replies: Reply[]) {
  let n = 0;
  for (const r of replies) {
    console.log(`\n${r.text}`);
    for (const b of r.buttons) console.log(b.url ? `   ↗ ${b.text}: ${b.url}` : `  [#${++n}] ${b.text}`);
  }
}

export async function runChat(deps: BotDeps = createDeps()): Promise<void> {
  const language = (process.env.LANG ?? "").slice(0, 2);
  const t = createI18n()(langFromTelegram(language));
  const chat: LocalChat = createLocalChat(deps, {
    id: 1,
    first_name: process.env.USER ?? "Voter",
    language_code: language,
  });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  // Take the iterator before the first await so that piped lines are not dropped.
  const lines = rl[Symbol.asyncIterator]();
  console.log(t("terminal.intro"));
  print(await chat.send("/start"));
  rl.setPrompt("\n> ");
  rl.prompt();
  for await (const line of { [Symbol.asyncIterator]: () => lines }) {
    const action = readLine(line, chat.lastButtons);
    if (action?.kind === "press") print(await chat.press(action.button));
    else if (action?.kind === "send") print(await chat.send(action.text));
    else if (action?.kind === "noButton") console.log(t("terminal.noButton", { n: action.n }));
    rl.prompt();
  }
  await deps.storage.close();
}

if (import.meta.url === `file://${process.argv[1]}`)
  await runChat(createDeps({ now: clockFor(localConfig("chat").BOT_NOW) }));
