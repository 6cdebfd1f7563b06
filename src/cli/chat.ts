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
// "#-1" and "#99999999999999999999" are presses of no button, said back as typed (not searched, not rounded).
const PRESS = /^#\s*(-?\d+)$/;

export type LineAction =
  | { kind: "press"; button: Button }
  | { kind: "send"; text: string }
  | { kind: "noButton"; n: number | string; valid: number[] };

/**
 * What `#N` presses: the N-th entry. A button a keyboard edit took away (👍 and 👎 once used) leaves its number
 * empty, so the buttons still on the screen keep the numbers printed beside them.
 */
export type Numbering = readonly (Button | undefined)[];

/** Buttons with callback data are numbered in the order shown; link buttons are printed but not pressable. */
export const pressable = (buttons: readonly Button[]): Button[] => buttons.filter((b) => b.data);

/** The numbers `#N` accepts. */
export const validNumbers = (numbering: Numbering): number[] => numbering.flatMap((b, i) => (b?.data ? [i + 1] : []));

export function readLine(line: string, numbering: Numbering): LineAction | null {
  const input = line.trim();
  if (!input) return null;
  const press = PRESS.exec(input);
  if (!press) return { kind: "send", text: input };
  const n = Number(press[1]);
  const button = Number.isSafeInteger(n) && n > 0 ? numbering[n - 1] : undefined;
  if (button?.data) return { kind: "press", button };
  return { kind: "noButton", n: Number.isSafeInteger(n) ? n : press[1]!, valid: validNumbers(numbering) };
}

/** "#1–#3, #6, #7": the numbers as short as they read, runs of three or more as a range. */
export function numberList(numbers: readonly number[]): string {
  const runs: number[][] = [];
  for (const n of numbers) {
    const run = runs.at(-1);
    if (run && run.at(-1) === n - 1) run.push(n);
    else runs.push([n]);
  }
  return runs.flatMap((run) => (run.length >= 3 ? [`#${run[0]}–#${run.at(-1)}`] : run.map((n) => `#${n}`))).join(", ");
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

/**
 * Breaks lines longer than the width between words, never inside one (a word longer than the width stays whole),
 * and never leaves a mark of one or two characters alone on a paragraph's last line.
 */
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
      // A lone emoji or dash on the last line reads as a stray mark: the word before it goes down with it.
      const last = out.at(-1)!;
      const before = out.at(-2);
      const cut = before?.lastIndexOf(" ") ?? -1;
      if (before && [...last].length <= 2 && cut > 0 && before.length - cut + last.length <= width) {
        out[out.length - 2] = before.slice(0, cut);
        out[out.length - 1] = `${before.slice(cut + 1)} ${last}`;
      }
      return out.join("\n");
    })
    .join("\n");
}

/**
 * A line that starts with a marker (a button's "[#2]", a toast's "ⓘ"), wrapped like the text and indented under its
 * first word, so a long label does not run under the marker nor break inside a word.
 */
function hanging(prefix: string, text: string, width: number | undefined): string {
  const lines = wrap(text, width === undefined ? undefined : width - prefix.length).split("\n");
  return lines.join(`\n${" ".repeat(prefix.length)}`);
}

// A Share button's link is a long percent-encoded t.me/share URL: the label says enough in a terminal.
const SHARE = /^https:\/\/t\.me\/share\//;

const buttonLine = (n: number, b: Button, style: Style): string =>
  `  ${paint(style, "36", `[#${n}]`)} ${hanging(`  [#${n}] `, b.text, style.width)}`;

function linkLine(b: Button, style: Style): string {
  const text = b.url && !SHARE.test(b.url) ? `${b.text}: ${b.url}` : b.text;
  return `   ↗ ${hanging("   ↗ ", text, style.width)}`;
}

const toastLines = (toasts: readonly string[], style: Style): string[] =>
  toasts.map((toast) => dim(style, `ⓘ ${hanging("ⓘ ", toast, style.width)}`));

/**
 * The replies as the terminal shows them. Every button with callback data of the turn is numbered, in the order
 * shown and across its messages, so a flow resumed under an answer still has the answer's buttons to press (#1…)
 * before its own; `#N` presses the N-th of `turnButtons(replies)`.
 */
export function render(replies: readonly Reply[], toasts: readonly string[], style: Style): string {
  const out = toastLines(toasts, style);
  let n = 0;
  const urls: string[] = [];
  for (const r of replies) {
    const { text, notes } = linkNotes(r.text, urls);
    if (text) out.push("", wrap(text, style.width));
    for (const b of r.buttons) out.push(b.url ? linkLine(b, style) : buttonLine(++n, b, style));
    // The addresses as footnotes under the buttons: between them they split "Did you mean one of these?" from its
    // choices (walkthrough 16).
    if (notes.length > 0) out.push(dim(style, notes.join("\n")));
  }
  return out.join("\n");
}

/** The buttons `#N` presses after these replies, numbered as render shows them. */
export const turnButtons = (replies: readonly Reply[]): Button[] => pressable(replies.flatMap((r) => r.buttons));

export interface Turn {
  /** What is printed. */
  out: string;
  numbering: Numbering;
  /** An edit took buttons away (👍 and 👎 once used): the chat says which numbers still press one. */
  removed?: boolean;
}

/**
 * What a turn prints and what `#N` presses after it.
 *
 * A turn that only changed keyboards (a 👍 takes the rating buttons away) prints its toast and nothing else: the
 * messages are on the screen already, unchanged, and the buttons left keep their numbers there, while the ones taken
 * away can no longer be pressed (a 👎 left pressable after a 👍 would be a second vote). A button an edit adds is
 * printed with a new number. A turn with no message keeps the numbering; a new message without buttons (/cancel's)
 * leaves none to press, as the README says.
 */
export function nextTurn(
  numbering: Numbering,
  replies: readonly Reply[],
  toasts: readonly string[],
  style: Style,
): Turn {
  const onlyKeyboards = replies.every((r) => r.method === "editMessageReplyMarkup");
  if (onlyKeyboards && (replies.length === 0 || numbering.length > 0)) {
    const { numbering: next, added } = editKeyboards(numbering, replies);
    const out = [...toastLines(toasts, style), ...added.map(({ n, button }) => buttonLine(n, button, style))];
    const removed = validNumbers(next).length < validNumbers(numbering).length;
    return { out: out.join("\n"), numbering: next, ...(removed ? { removed } : {}) };
  }
  const own = turnButtons(replies);
  const fresh = own.length > 0 || replies.some((r) => r.method === "sendMessage");
  return {
    out: render(replies, toasts, style),
    numbering: fresh ? own : editKeyboards(numbering, replies).numbering,
  };
}

/** The numbering after these messages got new keyboards: each number keeps its button while the button is still there. */
function editKeyboards(
  numbering: Numbering,
  edits: readonly Reply[],
): { numbering: Numbering; added: { n: number; button: Button }[] } {
  const keyboards = new Map(edits.map((r) => [r.messageId, pressable(r.buttons)]));
  const next = numbering.map((b) => {
    const keyboard = b && keyboards.get(b.messageId);
    return b && keyboard ? keyboard.find((k) => k.data === b.data) : b;
  });
  const added: { n: number; button: Button }[] = [];
  for (const [messageId, keyboard] of keyboards) {
    if (!numbering.some((b) => b?.messageId === messageId)) continue;
    for (const button of keyboard)
      if (!numbering.some((b) => b !== undefined && b.messageId === messageId && b.data === button.data))
        added.push({ n: next.push(button), button });
  }
  return { numbering: next, added };
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
  let numbering: Numbering = [];
  const show = (replies: Reply[]) => {
    const turn = nextTurn(numbering, replies, toastsOf(chat), style);
    numbering = turn.numbering;
    if (turn.out) console.log(turn.out);
    return turn;
  };
  // After a keyboard edit took buttons away, the numbers still on the screen that press one (the rest are gone).
  const sayWhatIsLeft = async (turn: Turn) => {
    if (!turn.removed) return;
    const valid = validNumbers(numbering);
    const t = tFor(await chatLang());
    const said = valid.length > 0 ? t("terminal.buttonsLeft", { valid: numberList(valid) }) : t("terminal.noneLeft");
    console.log(dim(style, wrap(said, style.width)));
  };
  console.log(dim(style, wrap(tFor(await chatLang())("terminal.intro"), style.width)));
  show(await chat.send("/start"));
  rl.setPrompt("\n> ");
  rl.prompt();
  // Piped in, the typed lines are not echoed: print each after its prompt so the transcript shows what was asked.
  const echo = !process.stdin.isTTY;
  for await (const line of { [Symbol.asyncIterator]: () => lines }) {
    if (echo) console.log(line);
    const action = readLine(line, numbering);
    if (action?.kind === "press") await sayWhatIsLeft(show(await chat.press(action.button)));
    else if (action?.kind === "send") {
      // A bare "2" is sent as typed (an answer, an age), but under buttons it was most likely meant as #2: say how.
      const bare = /^\d{1,2}$/.test(action.text) ? Number(action.text) : undefined;
      const meant = bare !== undefined && validNumbers(numbering).includes(bare);
      show(await chat.send(action.text));
      if (meant) console.log(dim(style, wrap(tFor(await chatLang())("terminal.pressHint", { n: bare }), style.width)));
    } else if (action?.kind === "noButton") {
      const t = tFor(await chatLang());
      const said =
        action.valid.length > 0
          ? t("terminal.noButton", { n: action.n, valid: numberList(action.valid) })
          : t("terminal.noButtons", { n: action.n });
      console.log(dim(style, wrap(said, style.width)));
    }
    rl.prompt();
  }
  if (echo) console.log();
  await deps.storage.close();
}

if (import.meta.url === `file://${process.argv[1]}`)
  await runChat(createDeps({ now: clockFor(localConfig("chat").BOT_NOW) }));
