import type { DeliveryJob, DeliveryOutcome } from "./types.js";

export type Handler = (job: DeliveryJob) => Promise<DeliveryOutcome>;

/**
 * Where deliveries wait. With Redis it is a BullMQ queue that every instance may add to and exactly one worker
 * takes each job from; without, a queue in the one process, whose jobs are derived again from the calendar and the
 * ledger after a restart (so nothing needs to be on disk but the ledger).
 */
export interface DeliveryQueue {
  /** Whether an added job survives this process: then a notice counts as handed over once it is added. */
  readonly durable: boolean;
  /** Adds jobs; a key already waiting or done is not added twice. */
  add(jobs: readonly DeliveryJob[]): Promise<void>;
  /** Starts taking jobs with the handler. */
  start(handler: Handler): void;
  /** Resolves when every job added so far was handled, or rejects after `timeoutMs`. */
  idle(timeoutMs: number): Promise<void>;
  depth(): Promise<number>;
  /** Stops taking jobs; resolves once the jobs in flight have ended. */
  close(): Promise<void>;
}

export class TimeoutError extends Error {
  override name = "TimeoutError";
}

/** The queue of the one process, for the embedded storage. */
export function localQueue(concurrency: number): DeliveryQueue {
  const waiting: DeliveryJob[] = [];
  const seen = new Set<string>();
  let handler: Handler | undefined;
  let running = 0;
  let closed = false;
  let idleWaiters: (() => void)[] = [];

  const pump = () => {
    while (handler && !closed && running < concurrency && waiting.length > 0) {
      const job = waiting.shift()!;
      running++;
      void handler(job)
        .catch(() => "failed" as const)
        .finally(() => {
          // Once handled, the ledger (not this set) keeps a second copy from going out.
          seen.delete(job.key);
          running--;
          pump();
        });
    }
    if (running === 0 && waiting.length === 0) {
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
    }
  };

  return {
    durable: false,
    async add(jobs) {
      for (const job of jobs) {
        if (seen.has(job.key)) continue;
        seen.add(job.key);
        waiting.push(job);
      }
      pump();
    },
    start(h) {
      handler = h;
      pump();
    },
    idle(timeoutMs) {
      if (running === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const waiter = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          idleWaiters = idleWaiters.filter((w) => w !== waiter);
          reject(new TimeoutError(`deliveries still pending after ${timeoutMs} ms`));
        }, timeoutMs);
        timer.unref?.();
        idleWaiters.push(waiter);
      });
    },
    depth: async () => waiting.length + running,
    async close() {
      closed = true;
      waiting.length = 0;
      // Like a BullMQ worker's close: the jobs in flight end (sent and marked, or not sent) before it resolves.
      if (running > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}
