import { GrammyError, HttpError } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Logger } from "../logger.js";
import { NOTIFY_DEFAULTS } from "./defaults.js";
import type { Clock, Pacer } from "./pace.js";
import type { DeliveryJob, DeliveryOutcome, Ledger, Subscriber, Subscriptions } from "./types.js";

export interface Message {
  text: string;
  reply_markup?: InlineKeyboardMarkup;
}

/**
 * Sends one message; throws grammY's errors (GrammyError for an answer of the Bot API, HttpError for the network
 * and for a time-out, which the Api's own `timeoutSeconds` bounds: see NOTIFY_DEFAULTS.sendTimeoutMs).
 */
export type Send = (chatId: number, message: Message) => Promise<unknown>;

export interface DeliverDeps {
  subscriptions: Subscriptions;
  ledger: Ledger;
  pacer: Pacer;
  clock: Clock;
  send: Send;
  /** The message for this subscriber, in their language as it is now; undefined to skip them. */
  render(subscriber: Subscriber): Message | undefined;
  logger: Logger;
  onOutcome?(outcome: DeliveryOutcome): void;
  /** Told of every 429, so metrics can count them. */
  onRetryAfter?(ms: number): void;
}

type Failure =
  | { kind: "retry-after"; ms: number }
  | { kind: "blocked" }
  | { kind: "transient" }
  | { kind: "permanent" };

// "Forbidden: bot was blocked by the user", "user is deactivated", and "Bad Request: chat not found" all mean the
// chat can never be reached again: the subscription goes.
const UNREACHABLE = /chat not found|user is deactivated|bot was blocked|bot was kicked|have no rights to send/i;

export function classify(err: unknown): Failure {
  if (err instanceof GrammyError) {
    if (err.error_code === 429) {
      const seconds = err.parameters.retry_after ?? 1;
      return { kind: "retry-after", ms: Math.min(seconds * 1000, NOTIFY_DEFAULTS.maxRetryAfterMs) };
    }
    if (err.error_code === 403 || UNREACHABLE.test(err.description)) return { kind: "blocked" };
    return err.error_code >= 500 ? { kind: "transient" } : { kind: "permanent" };
  }
  // A network failure, a time-out, or a 5xx page that was not JSON.
  if (err instanceof HttpError || (err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError")))
    return { kind: "transient" };
  return { kind: "permanent" };
}

/**
 * Delivers one job at most once: the ledger is read before and marked right after the send, so a crash between
 * Telegram's answer and the mark is the only way to a second copy. 429s pause every send for their retry_after;
 * 5xx and network errors are retried with back-off, a few times, never in a tight loop.
 */
export async function deliver(job: DeliveryJob, deps: DeliverDeps): Promise<DeliveryOutcome> {
  const done = (outcome: DeliveryOutcome) => {
    deps.onOutcome?.(outcome);
    return outcome;
  };
  if (await deps.ledger.has(job.key)) return done("skipped");
  const subscriber = await deps.subscriptions.get(job.chatId);
  const message = subscriber && deps.render(subscriber);
  if (!message) return done("skipped");
  let transient = 0;
  for (;;) {
    await deps.pacer.take(job.chatId);
    try {
      await deps.send(job.chatId, message);
      await deps.ledger.mark(job.key);
      return done("sent");
    } catch (err) {
      const failure = classify(err);
      if (failure.kind === "retry-after") {
        deps.onRetryAfter?.(failure.ms);
        deps.pacer.pause(failure.ms);
        continue;
      }
      if (failure.kind === "blocked") {
        await deps.subscriptions.remove(job.chatId);
        return done("blocked");
      }
      if (failure.kind === "transient" && ++transient < NOTIFY_DEFAULTS.attempts) {
        await deps.clock.sleep(NOTIFY_DEFAULTS.backoffMs * 2 ** (transient - 1));
        continue;
      }
      deps.logger.warn(
        { key: job.key.split(":").slice(0, -1).join(":"), err: (err as Error).message },
        "a notice could not be delivered",
      );
      return done("failed");
    }
  }
}
