import type { Update } from "grammy/types";

export interface LocalUser {
  id: number;
  first_name: string;
  language_code?: string;
}

export const LOCAL_USER: LocalUser = { id: 100, first_name: "Voter" };

let updateId = 1;
let messageId = 1_000_000;
const now = () => Math.floor(Date.now() / 1000);

export function textUpdate(text: string, user: LocalUser = LOCAL_USER): Update {
  const entities = text.startsWith("/")
    ? [{ type: "bot_command" as const, offset: 0, length: text.split(/\s/)[0]!.length }]
    : undefined;
  return {
    update_id: updateId++,
    message: {
      message_id: messageId++,
      date: now(),
      chat: { id: user.id, type: "private", first_name: user.first_name },
      from: { ...user, is_bot: false },
      text,
      ...(entities ? { entities } : {}),
    },
  };
}

export function callbackUpdate(data: string, messageIdPressed: number, user: LocalUser = LOCAL_USER): Update {
  return {
    update_id: updateId++,
    callback_query: {
      id: String(updateId),
      from: { ...user, is_bot: false },
      chat_instance: "local",
      data,
      message: {
        message_id: messageIdPressed,
        date: now(),
        chat: { id: user.id, type: "private", first_name: user.first_name },
        text: "",
      },
    },
  };
}
