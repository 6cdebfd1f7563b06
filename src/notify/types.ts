import type { Lang } from "../knowledge/schema.js";

/** What a subscription keeps: the chat to write to, its language and when it was made. No name, no text. */
export interface Subscriber {
  chatId: number;
  lang: Lang;
  since: string;
}

export interface Subscriptions {
  /** Subscribes, or updates the language of an existing subscription (keeping its date). */
  add(chatId: number, lang: Lang, at: Date): Promise<void>;
  /** Returns whether there was a subscription to remove. */
  remove(chatId: number): Promise<boolean>;
  get(chatId: number): Promise<Subscriber | undefined>;
  list(): Promise<Subscriber[]>;
}

/**
 * The record that makes a delivery happen once: a key is marked after its message was sent, and every sender
 * looks before it sends. Shared by every instance with Redis; a file of the one process without.
 */
export interface Ledger {
  has(key: string): Promise<boolean>;
  mark(key: string): Promise<void>;
}

export interface NotifyStore {
  subscriptions: Subscriptions;
  ledger: Ledger;
  close(): Promise<void>;
}

/** One message to one chat. The key is unique per message and chat: `<notice id>:<chat id>`. */
export interface DeliveryJob {
  key: string;
  chatId: number;
}

export type DeliveryOutcome = "sent" | "blocked" | "failed" | "skipped";

export const deliveryKey = (messageId: string, chatId: number) => `${messageId}:${chatId}`;
