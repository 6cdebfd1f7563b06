import { type ConnectionOptions, Queue, Worker } from "bullmq";
import type { Logger } from "../logger.js";
import { NOTIFY_DEFAULTS } from "./defaults.js";
import { type DeliveryQueue, type Handler, TimeoutError } from "./queue.js";
import type { DeliveryJob } from "./types.js";

export interface BullQueueOptions {
  /** A Redis URL; BullMQ opens its own connections (a worker's must block, which the bot's client must not). */
  url: string;
  /** The storage's key prefix, so the queue lives beside the bot's keys. */
  prefix: string;
  /** One queue per kind of message: "notices" (every bot instance delivers) or "broadcast" (the operator's run). */
  name: string;
  perSecond?: number;
  concurrency?: number;
  logger?: Logger;
}

// BullMQ keeps a finished job this long, so that adding its id again within the window adds nothing.
const KEEP_DONE = { age: 7 * 24 * 3600, count: 1_000_000 };

const jobId = (key: string) => key.replace(/:/g, "_");

function connection(url: string): ConnectionOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.pathname.length > 1 ? { db: Number(u.pathname.slice(1)) } : {}),
    ...(u.protocol === "rediss:" ? { tls: {} } : {}),
    // A worker's blocking connection must wait as long as it needs; the bot's own client keeps its short time-outs.
    maxRetriesPerRequest: null,
    connectTimeout: 3000,
  };
}

/** A BullMQ queue: any instance may add, the rate limit holds across all workers, and a job id is added once. */
export function bullQueue(options: BullQueueOptions): DeliveryQueue {
  const conn = connection(options.url);
  const prefix = options.prefix.replace(/:$/, "");
  const queue = new Queue<DeliveryJob>(options.name, { connection: conn, prefix });
  let worker: Worker<DeliveryJob> | undefined;
  const pending = () => queue.getJobCountByTypes("waiting", "active", "delayed", "prioritized");

  return {
    durable: true,
    async add(jobs) {
      for (let i = 0; i < jobs.length; i += 1000) {
        await queue.addBulk(
          jobs.slice(i, i + 1000).map((data) => ({
            name: "deliver",
            data,
            opts: { jobId: jobId(data.key), removeOnComplete: KEEP_DONE, removeOnFail: KEEP_DONE, attempts: 1 },
          })),
        );
      }
    },
    start(handler: Handler) {
      worker = new Worker<DeliveryJob>(options.name, (job) => handler(job.data), {
        connection: conn,
        prefix,
        concurrency: options.concurrency ?? NOTIFY_DEFAULTS.concurrency,
        limiter: { max: options.perSecond ?? NOTIFY_DEFAULTS.messagesPerSecond, duration: 1000 },
      });
      worker.on("error", (err) =>
        options.logger?.warn({ queue: options.name, err: err.message }, "notice queue error"),
      );
    },
    async idle(timeoutMs) {
      const until = Date.now() + timeoutMs;
      while ((await pending()) > 0) {
        if (Date.now() > until) throw new TimeoutError(`deliveries still pending after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    depth: pending,
    async close() {
      await worker?.close();
      await queue.close();
    },
  };
}
