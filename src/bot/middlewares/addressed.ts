import type { Message, MessageEntity } from "grammy/types";

export type Addressed = { kind: "command" } | { kind: "question"; question: string };

function entityText(text: string, e: MessageEntity): string {
  return text.slice(e.offset, e.offset + e.length);
}

/**
 * Whether a group message speaks to the bot: a command (bare or for this bot), an @mention (the question is the
 * rest of the text) or a reply to one of its messages. Anything else is chatter, undefined.
 */
export function addressedToBot(msg: Message, me: { id: number; username: string }): Addressed | undefined {
  const text = msg.text ?? msg.caption;
  if (text === undefined) return undefined;
  const entities = msg.entities ?? msg.caption_entities ?? [];
  const mine = `@${me.username}`.toLowerCase();
  const command = entities.find((e) => e.type === "bot_command" && e.offset === 0);
  if (command) {
    const target = entityText(text, command).split("@")[1];
    return target === undefined || `@${target}`.toLowerCase() === mine ? { kind: "command" } : undefined;
  }
  const mention = entities.find((e) => e.type === "mention" && entityText(text, e).toLowerCase() === mine);
  if (!mention && msg.reply_to_message?.from?.id !== me.id) return undefined;
  const question = (
    mention ? text.slice(0, mention.offset) + text.slice(mention.offset + mention.length) : text
  ).trim();
  return { kind: "question", question };
}
