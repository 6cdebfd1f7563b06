import type { Calendar } from "../calendar/schema.js";
import type { TFunction } from "../i18n.js";
import type { Lang } from "../knowledge/schema.js";
import type { Logger } from "../logger.js";
import { NOTIFY_DEFAULTS } from "./defaults.js";
import { deliver, type Message, type Send } from "./deliver.js";
import { type Clock, Pacer, realClock } from "./pace.js";
import type { DeliveryQueue } from "./queue.js";
import { renderNotice } from "./render.js";
import { dueNotices, type Notice } from "./schedule.js";
import { type DeliveryOutcome, deliveryKey, type NotifyStore } from "./types.js";

export interface NotifierDeps {
  calendars(): readonly Calendar[];
  store: NotifyStore;
  queue: DeliveryQueue;
  send: Send;
  tFor(lang: Lang): TFunction;
  /** The buttons under a notice (unsubscribe, the calendar), built by the bot. */
  keyboard(lang: Lang): Message["reply_markup"];
  now(): Date;
  logger: Logger;
  clock?: Clock;
  pacer?: Pacer;
  onOutcome?(outcome: DeliveryOutcome): void;
  onRetryAfter?(ms: number): void;
}

const noticeIdOf = (key: string) => key.slice(0, key.lastIndexOf(":"));
const handedOver = (id: string) => `handed-over:${id}`;

/**
 * Finds the notices due now and hands one delivery per subscriber to the queue. A notice is recorded as handed
 * over once its deliveries are safe: at once with a durable queue, after they are all handled without one, so a
 * restart in between derives the missing ones again (the ledger skips those already sent).
 */
export async function enqueueDue(deps: NotifierDeps): Promise<{ id: string; jobs: number }[]> {
  const handed: { id: string; jobs: number }[] = [];
  for (const notice of dueNotices(deps.calendars(), deps.now())) {
    if (await deps.store.ledger.has(handedOver(notice.id))) continue;
    const jobs = (await deps.store.subscriptions.list()).map((s) => ({
      key: deliveryKey(notice.id, s.chatId),
      chatId: s.chatId,
    }));
    await deps.queue.add(jobs);
    if (!deps.queue.durable) await deps.queue.idle(NOTIFY_DEFAULTS.reminderGraceMs);
    await deps.store.ledger.mark(handedOver(notice.id));
    deps.logger.info({ notice: notice.id, subscribers: jobs.length }, "notice handed to the queue");
    handed.push({ id: notice.id, jobs: jobs.length });
  }
  return handed;
}

/** Delivers the queue's notice jobs, rendering each in the subscriber's language at the time it is sent. */
export function startDelivering(deps: NotifierDeps): void {
  const clock = deps.clock ?? realClock;
  const pacer = deps.pacer ?? new Pacer(NOTIFY_DEFAULTS.messagesPerSecond, NOTIFY_DEFAULTS.perChatIntervalMs, clock);
  deps.queue.start((job) => {
    // A notice no longer due (its window passed while it waited) is not sent late.
    const notice: Notice | undefined = dueNotices(deps.calendars(), deps.now()).find(
      (n) => n.id === noticeIdOf(job.key),
    );
    return deliver(job, {
      subscriptions: deps.store.subscriptions,
      ledger: deps.store.ledger,
      pacer,
      clock,
      send: deps.send,
      render: (sub) =>
        notice && { text: renderNotice(notice, sub.lang, deps.tFor(sub.lang)), reply_markup: deps.keyboard(sub.lang) },
      logger: deps.logger,
      ...(deps.onOutcome ? { onOutcome: deps.onOutcome } : {}),
      ...(deps.onRetryAfter ? { onRetryAfter: deps.onRetryAfter } : {}),
    });
  });
}

/** What a bot instance runs: delivery, and a look for due notices now and every minute. Returns the stop. */
export function startNotifier(deps: NotifierDeps, tickMs: number = NOTIFY_DEFAULTS.tickMs): () => Promise<void> {
  startDelivering(deps);
  let running: Promise<unknown> | undefined;
  const tick = () => {
    // Without a durable queue a look waits for its deliveries; the next look starts after it.
    running ??= enqueueDue(deps)
      .catch((err: Error) => deps.logger.warn({ err: err.message }, "looking for due notices failed; will try again"))
      .finally(() => {
        running = undefined;
      });
  };
  tick();
  const timer = setInterval(tick, tickMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await deps.queue.close();
  };
}
