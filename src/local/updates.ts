import type { Chat, InlineKeyboardMarkup, Message, MessageEntity, Update } from "grammy/types";

// Builders for every update kind the bot receives, the way Telegram sends them: the terminal chat, `ask`, the bench
// and the tests build updates here instead of writing their JSON by hand.

export interface LocalUser {
  id: number;
  first_name: string;
  language_code?: string;
}

export const LOCAL_USER: LocalUser = { id: 100, first_name: "Voter" };

let updateId = 1;
let messageId = 1_000_000;
const now = () => Math.floor(Date.now() / 1000);

export type GroupChat = Chat.GroupChat | Chat.SupergroupChat;

export interface MessageOptions {
  user?: LocalUser;
  /** The chat it is sent in: the user's private chat unless a group or channel is given. */
  chat?: GroupChat | Chat.ChannelChat;
  updateId?: number;
  /** More fields of the message, such as reply_to_message. */
  extra?: Partial<Message>;
}

export function privateChat(user: LocalUser = LOCAL_USER): Chat.PrivateChat {
  return { id: user.id, type: "private", first_name: user.first_name };
}

export function groupChat(id = -500, type: "group" | "supergroup" = "group"): GroupChat {
  return { id, type, title: "Group" } as GroupChat;
}

/** The entities Telegram would attach: a leading /command and @mentions. */
export function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(?:@\w+)?/.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(?<![\w@])@\w{3,}/g)) {
    if (m.index === 0 && command) continue;
    entities.push({ type: "mention", offset: m.index, length: m[0].length });
  }
  return entities;
}

function base(options: MessageOptions) {
  const user = options.user ?? LOCAL_USER;
  return {
    update_id: options.updateId ?? updateId++,
    message_id: messageId++,
    date: now(),
    chat: options.chat ?? privateChat(user),
    from: { ...user, is_bot: false },
  };
}

function messageUpdate(fields: Record<string, unknown>, options: MessageOptions): Update {
  const { update_id, ...message } = base(options);
  const full = { ...message, ...fields, ...options.extra } as Message;
  return options.chat?.type === "channel"
    ? { update_id, channel_post: { ...full, from: undefined } as unknown as Update["channel_post"] }
    : { update_id, message: full as Update["message"] };
}

/** A text message; in a group, "@saylau_bot …" or a reply is how the bot is addressed. */
export function textUpdate(text: string, user: LocalUser = LOCAL_USER, options: Omit<MessageOptions, "user"> = {}) {
  const entities = entitiesOf(text);
  return messageUpdate({ text, ...(entities.length > 0 ? { entities } : {}) }, { ...options, user });
}

/** A text message that edits an earlier one (the bot does not answer edits). */
export function editedTextUpdate(text: string, user: LocalUser = LOCAL_USER): Update {
  const { update_id, ...message } = base({ user });
  return { update_id, edited_message: { ...message, edit_date: message.date, text } as Update["edited_message"] };
}

export type MediaKind = "sticker" | "photo" | "voice" | "location" | "contact";

/** A message without text: a sticker, a photo, a voice note, a location or a contact. */
export function mediaUpdate(kind: MediaKind, user: LocalUser = LOCAL_USER, options: Omit<MessageOptions, "user"> = {}) {
  const file = { file_id: "file", file_unique_id: "unique" };
  const media = {
    sticker: { sticker: { ...file, type: "regular", width: 512, height: 512, is_animated: false, is_video: false } },
    photo: { photo: [{ ...file, width: 90, height: 90 }] },
    voice: { voice: { ...file, duration: 2 } },
    location: { location: { latitude: 51.16, longitude: 71.47 } },
    contact: { contact: { phone_number: "+77000000000", first_name: user.first_name } },
  }[kind];
  return messageUpdate(media, { ...options, user });
}

export interface CallbackOptions {
  user?: LocalUser;
  /** The chat of the message the button is under; the user's private chat by default. */
  chat?: GroupChat;
  /** Telegram leaves the message out when it is too old or was sent inline. */
  withoutMessage?: boolean;
  /** The buttons of the message as it stands, which Telegram sends with the press. */
  markup?: InlineKeyboardMarkup;
}

/** A press of an inline button with this data under message `messageIdPressed`. */
export function callbackUpdate(
  data: string,
  messageIdPressed: number,
  user: LocalUser = LOCAL_USER,
  options: Omit<CallbackOptions, "user"> = {},
): Update {
  const id = updateId++;
  const message = {
    message_id: messageIdPressed,
    date: now(),
    chat: options.chat ?? privateChat(user),
    text: "",
    ...(options.markup ? { reply_markup: options.markup } : {}),
  } as Message;
  return {
    update_id: id,
    callback_query: {
      id: `cb${id}`,
      from: { ...user, is_bot: false },
      chat_instance: "local",
      data,
      ...(options.withoutMessage ? {} : { message }),
    },
  };
}

/** What a user types after "@saylau_bot " in any chat. */
export function inlineQueryUpdate(query: string, user: LocalUser = LOCAL_USER): Update {
  const id = updateId++;
  return { update_id: id, inline_query: { id: `iq${id}`, from: { ...user, is_bot: false }, query, offset: "" } };
}

/** An update of a kind the bot does not ask for (Telegram may still send one after allowed_updates changed). */
export function unknownUpdate(kind: string, user: LocalUser = LOCAL_USER): Update {
  return { update_id: updateId++, [kind]: { id: 1, from: user, chat: privateChat(user) } } as unknown as Update;
}
