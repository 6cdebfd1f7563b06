import type { Bot } from "grammy";
import type { InlineKeyboardButton, InlineKeyboardMarkup, Update } from "grammy/types";
import type { BotContext } from "../bot/context.js";
import type { ApiCall, FakeTelegram } from "./fake-telegram.js";
import { htmlToPlain } from "./plain-text.js";
import { callbackUpdate, LOCAL_USER, type LocalUser, textUpdate } from "./updates.js";

export interface Button {
  text: string;
  data?: string;
  url?: string;
  messageId: number;
}

export interface Reply {
  method: string;
  text: string;
  buttons: Button[];
  /** The message sent or changed. */
  messageId?: number;
}

// A changed keyboard is shown too: after a 👍 the rating buttons are gone, and the chat must not offer them again.
const SHOWN = new Set(["sendMessage", "editMessageText", "editMessageReplyMarkup"]);
/** How many messages' keyboards are kept, for the presses that send them back as Telegram does. */
const KEPT_MARKUPS = 50;

function toReply(call: ApiCall): Reply {
  const p = call.payload;
  const messageId = Number((call.result as { message_id?: number } | undefined)?.message_id ?? p.message_id ?? 0);
  const rows = (
    (p.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard ?? []
  ).flat();
  const buttons = rows.map((b) => ({
    text: b.text,
    data: "callback_data" in b ? b.callback_data : undefined,
    url: "url" in b ? b.url : undefined,
    messageId,
  }));
  return { method: call.method, text: htmlToPlain(String(p.text ?? "")), buttons, messageId };
}

// Drives the real bot through the fake Bot API: the terminal chat, the ask CLI and the tests share it.
export class LocalChat {
  lastButtons: Button[] = [];
  lastCalls: ApiCall[] = [];
  private readonly markups = new Map<number, InlineKeyboardMarkup>();

  constructor(
    readonly bot: Bot<BotContext>,
    readonly telegram: FakeTelegram,
    readonly user: LocalUser = LOCAL_USER,
  ) {}

  send(text: string): Promise<Reply[]> {
    return this.dispatch(textUpdate(text, this.user));
  }

  press(button: Button | number): Promise<Reply[]> {
    const b = typeof button === "number" ? this.lastButtons[button - 1] : button;
    if (!b?.data) throw new Error(`no button ${String(button)}`);
    const markup = this.markups.get(b.messageId);
    return this.dispatch(callbackUpdate(b.data, b.messageId, this.user, markup ? { markup } : {}));
  }

  async dispatch(update: Update): Promise<Reply[]> {
    this.telegram.take();
    await this.bot.handleUpdate(update);
    this.lastCalls = this.telegram.take();
    for (const call of this.lastCalls) this.keepMarkup(call);
    const replies = this.lastCalls.filter((c) => SHOWN.has(c.method)).map(toReply);
    const withButtons = replies.filter((r) => r.buttons.length > 0).at(-1);
    if (withButtons) this.lastButtons = withButtons.buttons;
    return replies;
  }

  private keepMarkup(call: ApiCall): void {
    if (!SHOWN.has(call.method)) return;
    const id = Number((call.result as { message_id?: number } | undefined)?.message_id ?? call.payload.message_id ?? 0);
    const markup = call.payload.reply_markup as InlineKeyboardMarkup | undefined;
    this.markups.delete(id);
    if (markup?.inline_keyboard) this.markups.set(id, markup);
    if (this.markups.size > KEPT_MARKUPS) this.markups.delete(this.markups.keys().next().value!);
  }
}
