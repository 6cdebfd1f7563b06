import type { Bot } from "grammy";
import type { InlineKeyboardButton, Update } from "grammy/types";
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
}

const SHOWN = new Set(["sendMessage", "editMessageText"]);

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
  return { method: call.method, text: htmlToPlain(String(p.text ?? "")), buttons };
}

// Drives the real bot through the fake Bot API: the terminal chat, the ask CLI and the tests share it.
export class LocalChat {
  lastButtons: Button[] = [];
  lastCalls: ApiCall[] = [];

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
    return this.dispatch(callbackUpdate(b.data, b.messageId, this.user));
  }

  async dispatch(update: Update): Promise<Reply[]> {
    this.telegram.take();
    await this.bot.handleUpdate(update);
    this.lastCalls = this.telegram.take();
    const replies = this.lastCalls.filter((c) => SHOWN.has(c.method)).map(toReply);
    const withButtons = replies.filter((r) => r.buttons.length > 0).at(-1);
    if (withButtons) this.lastButtons = withButtons.buttons;
    return replies;
  }
}
