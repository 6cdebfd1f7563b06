import type { InlineKeyboardButton } from "grammy/types";
import { CALLBACK_DATA_MAX_BYTES, CALLBACK_TOAST_MAX, fitsBytes, MESSAGE_TEXT_MAX } from "../telegram-limits.js";

// The rules the real Bot API enforces and the emulators do not (telegram-test-api accepts anything): checked on
// every call the fake Bot API sees, so each test through it is also a contract test. A broken call gets the
// 400 that Telegram would give, with Telegram's wording, and is recorded for tests to assert on.

// The tags Telegram's HTML parse mode accepts (https://core.telegram.org/bots/api#html-style).
const TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "span",
  "tg-spoiler",
  "a",
  "code",
  "pre",
  "blockquote",
  "tg-emoji",
]);
const ENTITY = /^&(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i;

/** The text as Telegram shows it, or the parse error Telegram would report. */
export function parseHtml(html: string): { text: string } | { error: string } {
  const open: string[] = [];
  let text = "";
  for (let i = 0; i < html.length; ) {
    const c = html[i]!;
    if (c === "<") {
      const end = html.indexOf(">", i);
      if (end < 0) return { error: `can't parse entities: unclosed start tag at byte offset ${i}` };
      const tag = html.slice(i + 1, end);
      const closing = tag.startsWith("/");
      const name = (closing ? tag.slice(1) : tag).split(/\s/)[0]!.toLowerCase();
      if (!TAGS.has(name))
        return { error: `can't parse entities: unsupported start tag "${name}" at byte offset ${i}` };
      if (closing) {
        if (open.pop() !== name)
          return { error: `can't parse entities: unmatched end tag "${name}" at byte offset ${i}` };
      } else {
        if (name === "a" && !/^a\s+href="[^"<>]*"$/.test(tag))
          return { error: `can't parse entities: bad link at byte offset ${i}` };
        open.push(name);
      }
      i = end + 1;
    } else if (c === "&") {
      const entity = ENTITY.exec(html.slice(i));
      if (!entity) return { error: `can't parse entities: unescaped "&" at byte offset ${i}` };
      text += "x";
      i += entity[0].length;
    } else if (c === ">") {
      return { error: `can't parse entities: unescaped ">" at byte offset ${i}` };
    } else {
      text += c;
      i++;
    }
  }
  if (open.length > 0) return { error: `can't parse entities: can't find end tag corresponding to "${open.at(-1)}"` };
  return { text };
}

function textProblem(text: unknown, parseMode: unknown): string | undefined {
  if (typeof text !== "string") return undefined;
  const shown = parseMode === "HTML" ? parseHtml(text) : { text };
  if ("error" in shown) return shown.error;
  if (shown.text.trim().length === 0) return "message text is empty";
  if (shown.text.length > MESSAGE_TEXT_MAX) return "message is too long";
  return undefined;
}

function keyboardProblem(markup: unknown): string | undefined {
  const rows = (markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard;
  for (const button of rows?.flat() ?? []) {
    if ("callback_data" in button && !fitsBytes(button.callback_data, CALLBACK_DATA_MAX_BYTES))
      return "BUTTON_DATA_INVALID";
    if ("url" in button && !/^(https?|tg):\/\/\S+$/.test(button.url)) return "BUTTON_URL_INVALID";
  }
  return undefined;
}

/** What the real Bot API would reject in this call, in its words; undefined when it is accepted. */
export function contractProblem(method: string, payload: Record<string, unknown>): string | undefined {
  switch (method) {
    case "sendMessage":
    case "editMessageText":
      return textProblem(payload.text, payload.parse_mode) ?? keyboardProblem(payload.reply_markup);
    case "editMessageReplyMarkup":
      return keyboardProblem(payload.reply_markup);
    case "answerCallbackQuery":
      return typeof payload.text === "string" && payload.text.length > CALLBACK_TOAST_MAX
        ? "MESSAGE_TOO_LONG"
        : undefined;
    default:
      return undefined;
  }
}
