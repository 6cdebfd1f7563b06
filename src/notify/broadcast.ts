import { z } from "zod";
import { escapeHtml } from "../i18n.js";
import type { Lang, Trilingual } from "../knowledge/schema.js";
import type { Logger } from "../logger.js";
import { MESSAGE_TEXT_MAX } from "../telegram-limits.js";
import { NOTIFY_DEFAULTS } from "./defaults.js";
import { deliver, type Message, type Send } from "./deliver.js";
import { type Clock, Pacer, realClock } from "./pace.js";
import type { DeliveryQueue } from "./queue.js";
import { type DeliveryOutcome, deliveryKey, type NotifyStore } from "./types.js";

/** Telegram's limit for the text of one message. */

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"']+/gi;

function checkLinks(text: string, ctx: z.RefinementCtx): void {
  for (const [raw] of text.matchAll(URL_IN_TEXT)) {
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      // reported below
    }
    if (url?.protocol !== "https:" || !url.hostname.includes("."))
      ctx.addIssue({ code: "custom", message: `link "${raw}" is not an https:// address with a host` });
  }
}

const announcementText = z
  .string()
  .trim()
  .min(1, "is empty")
  .max(MESSAGE_TEXT_MAX, `is longer than Telegram's ${MESSAGE_TEXT_MAX} characters`)
  .superRefine(checkLinks);

/**
 * An operator's announcement: plain text in all three languages (Telegram makes its links clickable), validated
 * like the knowledge before anything is sent. The id names the run: a second run with the same id sends only to
 * those who have not had it.
 */
export const announcementSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase kebab-case, e.g. cec-hotline-2029"),
    text: z.object({ kk: announcementText, ru: announcementText, en: announcementText }).strict(),
  })
  .strict();

export type Announcement = z.infer<typeof announcementSchema>;

/** Parses an announcement, or returns its problems as lines "field: message". */
export function parseAnnouncement(value: unknown): { announcement: Announcement } | { problems: string[] } {
  const parsed = announcementSchema.safeParse(value);
  if (parsed.success) return { announcement: parsed.data };
  return { problems: parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`) };
}

export const broadcastKeyPrefix = (id: string) => `broadcast:${id}`;

export type Summary = Record<DeliveryOutcome, number>;

export interface Progress {
  done: number;
  total: number;
  summary: Summary;
  /** Messages per second since the run started. */
  rate: number;
  /** Seconds left at the current rate; undefined before the first message. */
  etaSeconds: number | undefined;
}

export interface BroadcastDeps {
  store: NotifyStore;
  queue: DeliveryQueue;
  send: Send;
  /** The buttons under the announcement (unsubscribe, the calendar), in the subscriber's language. */
  keyboard(lang: Lang): Message["reply_markup"];
  logger: Logger;
  clock?: Clock;
  pacer?: Pacer;
  onProgress?(progress: Progress): void;
}

export interface BroadcastOptions {
  /** Only subscribers in this language; all of them without. */
  lang?: Lang;
  /** Resolves when the run should stop taking new messages (Ctrl-C): those in flight end, the rest wait for a re-run. */
  stop?: Promise<unknown>;
}

export interface BroadcastResult {
  summary: Summary;
  total: number;
  /** Whether the run stopped before every message was handled. */
  interrupted: boolean;
}

export const renderAnnouncement = (text: Trilingual, lang: Lang) => escapeHtml(text[lang]);

/**
 * Sends an announcement to every subscriber (or one language) once. Who already had it (the ledger, shared with a
 * crashed or interrupted earlier run) is skipped before anything is queued, so a re-run sends only the rest.
 */
export async function runBroadcast(
  announcement: Announcement,
  deps: BroadcastDeps,
  options: BroadcastOptions = {},
): Promise<BroadcastResult> {
  const clock = deps.clock ?? realClock;
  const pacer = deps.pacer ?? new Pacer(NOTIFY_DEFAULTS.broadcastPerSecond, NOTIFY_DEFAULTS.perChatIntervalMs, clock);
  const prefix = broadcastKeyPrefix(announcement.id);
  const summary: Summary = { sent: 0, blocked: 0, failed: 0, skipped: 0 };
  const subscribers = (await deps.store.subscriptions.list()).filter((s) => !options.lang || s.lang === options.lang);
  const jobs = [];
  for (const s of subscribers) {
    const key = deliveryKey(prefix, s.chatId);
    if (await deps.store.ledger.has(key)) summary.skipped++;
    else jobs.push({ key, chatId: s.chatId });
  }
  const total = subscribers.length;
  const started = clock.now();
  let handled = 0;
  const report = () => {
    const seconds = (clock.now() - started) / 1000;
    const rate = seconds > 0 ? handled / seconds : 0;
    const done = summary.sent + summary.blocked + summary.failed + summary.skipped;
    deps.onProgress?.({
      done,
      total,
      summary: { ...summary },
      rate,
      etaSeconds: rate > 0 ? (total - done) / rate : undefined,
    });
  };
  report();

  deps.queue.start((job) =>
    deliver(job, {
      subscriptions: deps.store.subscriptions,
      ledger: deps.store.ledger,
      pacer,
      clock,
      send: deps.send,
      render: (sub) => ({
        text: renderAnnouncement(announcement.text, sub.lang),
        reply_markup: deps.keyboard(sub.lang),
      }),
      logger: deps.logger,
      onOutcome: (outcome) => {
        summary[outcome]++;
        handled++;
        report();
      },
    }),
  );
  await deps.queue.add(jobs);

  let interrupted = false;
  const stopped = options.stop?.then(() => {
    interrupted = true;
  });
  // Polled rather than awaited once: a stop must be able to end the wait, and a durable queue has no event for it.
  for (;;) {
    const finished = await Promise.race([
      deps.queue.idle(1000).then(
        () => true,
        () => false,
      ),
      ...(stopped ? [stopped.then(() => true)] : []),
    ]);
    if (finished) break;
  }
  // Closing stops taking jobs; those in flight are sent and marked before it resolves.
  await deps.queue.close();
  const counted = summary.sent + summary.blocked + summary.failed + summary.skipped;
  // A durable queue keeps jobs an earlier run already handled (failed, say) and does not run them again.
  if (!interrupted && counted < total) {
    summary.skipped += total - counted;
    report();
  }
  deps.logger.info({ broadcast: announcement.id, ...summary, interrupted }, "broadcast finished");
  return { summary, total, interrupted };
}
