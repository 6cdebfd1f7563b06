import { createInterface } from "node:readline/promises";
import { createDeps, createLocalChat } from "../app.js";
import type { BotDeps } from "../bot/context.js";
import { clockFor } from "../clock.js";
import { createI18n, langFromTelegram } from "../i18n.js";
import { isLang, type Lang } from "../knowledge/schema.js";
import type { Button, LocalChat, Reply } from "../local/local-chat.js";
import { linkNotes } from "../local/plain-text.js";
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

export interface Style {
  /** Colour only on a terminal and without NO_COLOR (https://no-color.org). */
  colour: boolean;
  /** Wrap at this width on a terminal; piped output is left unwrapped. */
  width: number | undefined;
}

export const terminalStyle = (
  stream: NodeJS.WriteStream = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): Style => ({
  colour: stream.isTTY === true && !env.NO_COLOR,
  width: stream.isTTY ? stream.columns : undefined,
});

const paint = (style: Style, code: string, text: string) => (style.colour ? `\x1b[${code}m${text}\x1b[0m` : text);
export const dim = (style: Style, text: string) => paint(style, "2", text);

/** Breaks lines longer than the width between words, never inside one (a word longer than the width stays whole). */
export function wrap(text: string, width: number | undefined): string {
  if (!width || width < 20) return text;
  return text
    .split("\n")
    .map((line) => {
      const out: string[] = [];
      let current = "";
      for (const word of line.split(" ")) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join("\n");
    })
    .join("\n");
}

// A Share button's link is a long percent-encoded t.me/share URL: the label says enough in a terminal.
const SHARE = /^https:\/\/t\.me\/share\//;

/**
 * The replies as the terminal shows them. Every button with callback data of the turn is numbered, in the order
 * shown and across its messages, so a flow resumed under an answer still has the answer's buttons to press (#1…)
 * before its own; `#N` presses the N-th of `turnButtons(replies)`.
 */
export function render(replies: readonly Reply[], toasts: readonly string[], style: Style): string {
  const out: string[] = [];
  for (const toast of toasts) out.push(dim(style, `ⓘ ${toast}`));
  let n = 0;
  for (const r of replies) {
    const { text, notes } = linkNotes(r.text);
    if (text) out.push("", wrap(text, style.width));
    if (notes.length > 0) out.push(dim(style, notes.join("\n")));
    for (const b of r.buttons) {
      if (b.url) out.push(SHARE.test(b.url) ? `   ↗ ${b.text}` : `   ↗ ${b.text}: ${b.url}`);
      else out.push(`  ${paint(style, "36", `[#${++n}]`)} ${b.text}`);
    }
  }
  return out.join("\n");
}

/** The buttons `#N` presses after these replies, numbered as render shows them. */
export const turnButtons = (replies: readonly Reply[]): Button[] => pressable(replies.flatMap((r) => r.buttons));

/**
 * What a turn shows. A turn that only changed a keyboard (a 👍 takes the rating buttons away) shows the last turn's
 * messages again with their new buttons, the last message with its text: an answer's 👍 pressed mid-flow must not
 * hide the flow's step, which Telegram would still show below the answer. The answer's text is not printed again.
 */
export function turnView(previous: readonly Reply[], replies: readonly Reply[]): Reply[] {
  const edits = replies.filter((r) => r.method === "editMessageReplyMarkup");
  if (edits.length === 0 || edits.length !== replies.length || previous.length === 0) return [...replies];
  const edited = new Map(edits.map((r) => [r.messageId, r.buttons]));
  const last = previous.length - 1;
  return previous.map((r, i) => ({
    ...r,
    text: i === last ? r.text : "",
    buttons: edited.get(r.messageId) ?? r.buttons,
  }));
}

/**
 * The buttons `#N` presses after a turn: its own, or none after a new message without buttons (only the last
 * reply's buttons can be pressed, as the README says); a turn that only showed a toast (👍) keeps the last ones.
 */
export function nextButtons(previous: readonly Button[], replies: readonly Reply[]): Button[] {
  const buttons = turnButtons(replies);
  return buttons.length > 0 || replies.some((r) => r.method === "sendMessage") ? buttons : [...previous];
}

/** What a button press said as a toast (answerCallbackQuery with a text): Telegram shows it over the chat. */
const toastsOf = (chat: LocalChat): string[] =>
  chat.lastCalls
    .filter((c) => c.method === "answerCallbackQuery" && typeof c.payload.text === "string")
    .map((c) => String(c.payload.text));

export async function runChat(deps: BotDeps = createDeps(), style: Style = terminalStyle()): Promise<void> {
  const language = (process.env.LANG ?? "").slice(0, 2);
  const tFor = createI18n();
  const user = {
    id: 1,
    first_name: process.env.USER ?? "",
    language_code: language,
  };
  const chat: LocalChat = createLocalChat(deps, user);
  // The terminal's own lines speak the chat's language, which /language may change at any time.
  const chatLang = async (): Promise<Lang> => {
    const session = (await deps.storage.session.read(String(user.id))) as { lang?: unknown } | undefined;
    return isLang(session?.lang) ? session.lang : langFromTelegram(language);
  };
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  // Take the iterator before the first await so that piped lines are not dropped.
  const lines = rl[Symbol.asyncIterator]();
  let numbered: Button[] = [];
  let shown: Reply[] = [];
  const show = (replies: Reply[]) => {
    const view = turnView(shown, replies);
    numbered = nextButtons(numbered, view);
    if (view.length > 0) shown = view;
    console.log(render(view, toastsOf(chat), style));
  };
  console.log(dim(style, wrap(tFor(await chatLang())("terminal.intro"), style.width)));
  show(await chat.send("/start"));
  rl.setPrompt("\n> ");
  rl.prompt();
  // Piped in, the typed lines are not echoed: print each after its prompt so the transcript shows what was asked.
  const echo = !process.stdin.isTTY;
  for await (const line of { [Symbol.asyncIterator]: () => lines }) {
    if (echo) console.log(line);
    const action = readLine(line, numbered);
    if (action?.kind === "press") show(await chat.press(action.button));
    else if (action?.kind === "send") show(await chat.send(action.text));
    else if (action?.kind === "noButton")
      console.log(dim(style, tFor(await chatLang())("terminal.noButton", { n: action.n })));
    rl.prompt();
  }
  if (echo) console.log();
  await deps.storage.close();
}

if (import.meta.url === `file://${process.argv[1]}`)
  await runChat(createDeps({ now: clockFor(localConfig("chat").BOT_NOW) }));
