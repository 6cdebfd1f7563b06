import { Api, type ApiClientOptions } from "grammy";
import { loadCalendars } from "../calendar/load.js";
import type { Config } from "../config.js";
import type { TFunction } from "../i18n.js";
import type { Lang } from "../knowledge/schema.js";
import type { Logger } from "../logger.js";
import type { BotStorage } from "../storage/index.js";
import { NOTIFY_DEFAULTS } from "./defaults.js";
import type { Send } from "./deliver.js";
import { type NotifierDeps, startNotifier } from "./notifier.js";
import { type DeliveryQueue, localQueue } from "./queue.js";
import { bullQueue } from "./queue-bullmq.js";
import { fileNotifyStore, memoryNotifyStore, redisNotifyStore } from "./store.js";
import type { NotifyStore } from "./types.js";

/** Subscriptions and the ledger where the bot keeps the rest: Redis when it has it, else files under DATA_DIR. */
export function openNotifyStore(storage: BotStorage, config: Config): NotifyStore {
  if (storage.redis) return redisNotifyStore(storage.redis, config.REDIS_PREFIX);
  return storage.kind === "file" ? fileNotifyStore(config.DATA_DIR) : memoryNotifyStore();
}

/** With Redis, a BullMQ queue shared by every instance (one delivers each job); without it, one in the process. */
export function openQueue(config: Config, logger: Logger): DeliveryQueue {
  if (!config.REDIS_URL) return localQueue(NOTIFY_DEFAULTS.messagesPerSecond);
  return bullQueue({ url: config.REDIS_URL, prefix: config.REDIS_PREFIX, name: "notices", logger });
}

/**
 * A sender of its own for notices: a bounded time-out, and no auto-retry, because deliver() classifies every
 * failure itself (429 waited out through the pacer, 5xx retried with back-off, 403 unsubscribed).
 */
export function noticeSender(token: string, client: ApiClientOptions): Send {
  const api = new Api(token, { ...client, timeoutSeconds: Math.ceil(NOTIFY_DEFAULTS.sendTimeoutMs / 1000) });
  return (chatId, message) =>
    api.sendMessage(chatId, message.text, {
      parse_mode: "HTML",
      ...(message.reply_markup ? { reply_markup: message.reply_markup } : {}),
    });
}

export interface RunNoticesOptions {
  store: NotifyStore;
  queue: DeliveryQueue;
  send: Send;
  keyboard: Parameters<typeof startNotifier>[0]["keyboard"];
  tFor(lang: Lang): TFunction;
  now(): Date;
  logger: Logger;
  /** Told of every delivery's outcome, for the metrics. */
  onOutcome?: NotifierDeps["onOutcome"];
}

/** Starts delivery and the look for due notices. The calendar is read once: a new block ships with a deploy. */
export function runNotices(options: RunNoticesOptions): () => Promise<void> {
  const calendars = loadCalendars();
  return startNotifier({ ...options, calendars: () => calendars });
}
