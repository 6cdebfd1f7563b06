import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { StorageAdapter } from "grammy";
import type { Update } from "grammy/types";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { DecisionTrace } from "./gaps/record.js";
import type { DeliveryOutcome } from "./notify/types.js";

/**
 * What an operator runs the bot by, in Prometheus' format. Labels hold only bounded, non-personal values (an update
 * type, a Bot API method, a language, an outcome): never a user id, a chat id or a text.
 */
export interface Metrics {
  readonly registry: Registry;
  countUpdate(update: Update): void;
  countError(where: "update" | "webhook" | "webhook-shed"): void;
  /** The onDecision hook: one question answered, suggested (did-you-mean) or unanswered, by language. */
  countDecision(trace: DecisionTrace): void;
  countNotice(outcome: DeliveryOutcome): void;
  /** Wraps the fetch every Api uses (the bot's, a conversation's, the notices'), so every call is counted once. */
  instrumentFetch(fetch: typeof globalThis.fetch): typeof globalThis.fetch;
  /** Times reads and writes of a storage adapter. */
  timeStorage<T>(store: string, adapter: StorageAdapter<T>): StorageAdapter<T>;
  /** Reports the notice queue's depth at each scrape. */
  watchQueueDepth(depth: () => Promise<number>): void;
}

const UPDATE_TYPES = [
  "message",
  "edited_message",
  "callback_query",
  "inline_query",
  "chosen_inline_result",
  "my_chat_member",
  "chat_member",
];
// Bot API method names are a fixed vocabulary; anything else (a malformed URL) is counted as "other".
const METHOD = /^[a-zA-Z]{1,40}$/;
const REPLY = /^(send|edit|answer)/;

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "saylau_" });
  const updates = new Counter({
    name: "saylau_updates_total",
    help: "Updates received, by type",
    labelNames: ["type"],
    registers: [registry],
  });
  const errors = new Counter({
    name: "saylau_errors_total",
    help: "Updates or webhook requests that failed",
    labelNames: ["where"],
    registers: [registry],
  });
  const questions = new Counter({
    name: "saylau_questions_total",
    help: "Questions by language and outcome: answered, suggested (did you mean) or unanswered",
    labelNames: ["lang", "outcome"],
    registers: [registry],
  });
  const replies = new Counter({
    name: "saylau_replies_total",
    help: "Messages, edits and answers the Bot API accepted",
    registers: [registry],
  });
  const apiCalls = new Counter({
    name: "saylau_telegram_api_calls_total",
    help: "Bot API calls by method and result (ok, error, too_many_requests, network)",
    labelNames: ["method", "result"],
    registers: [registry],
  });
  const retryAfter = new Counter({
    name: "saylau_telegram_429_total",
    help: "Bot API answers 429 Too Many Requests",
    registers: [registry],
  });
  const apiSeconds = new Histogram({
    name: "saylau_telegram_api_seconds",
    help: "Bot API call latency",
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const storageSeconds = new Histogram({
    name: "saylau_storage_seconds",
    help: "Storage latency, by store and operation",
    labelNames: ["store", "op"],
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [registry],
  });
  const notices = new Counter({
    name: "saylau_notices_total",
    help: "Notice deliveries by outcome",
    labelNames: ["outcome"],
    registers: [registry],
  });
  const depthSources: (() => Promise<number>)[] = [];
  new Gauge({
    name: "saylau_notice_queue_depth",
    help: "Notice deliveries waiting or in flight",
    registers: [registry],
    async collect() {
      const depths = await Promise.all(depthSources.map((d) => d().catch(() => 0)));
      this.set(depths.reduce((a, b) => a + b, 0));
    },
  });

  const timed = async <R>(store: string, op: string, run: () => Promise<R> | R): Promise<R> => {
    const end = storageSeconds.startTimer({ store, op });
    try {
      return await run();
    } finally {
      end();
    }
  };

  return {
    registry,
    countUpdate: (update) => updates.inc({ type: UPDATE_TYPES.find((t) => t in update) ?? "other" }),
    countError: (where) => errors.inc({ where }),
    countDecision: (trace) =>
      questions.inc({
        lang: trace.lang,
        outcome: trace.id !== null ? "answered" : trace.suggestions.length > 0 ? "suggested" : "unanswered",
      }),
    countNotice: (outcome) => notices.inc({ outcome }),
    instrumentFetch: (inner) =>
      (async (input, init) => {
        const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
        const name = url.slice(url.lastIndexOf("/") + 1);
        const method = METHOD.test(name) ? name : "other";
        const end = apiSeconds.startTimer();
        try {
          const response = await inner(input, init);
          const result = response.status === 429 ? "too_many_requests" : response.ok ? "ok" : "error";
          apiCalls.inc({ method, result });
          if (response.status === 429) retryAfter.inc();
          if (response.ok && REPLY.test(method)) replies.inc();
          return response;
        } catch (err) {
          apiCalls.inc({ method, result: "network" });
          throw err;
        } finally {
          end();
        }
      }) as typeof globalThis.fetch,
    timeStorage: (store, adapter) => ({
      read: (key) => timed(store, "read", () => adapter.read(key)),
      write: (key, value) => timed(store, "write", () => adapter.write(key, value)),
      delete: (key) => timed(store, "delete", () => adapter.delete(key)),
      ...(adapter.has ? { has: (key: string) => timed(store, "has", () => adapter.has!(key)) } : {}),
    }),
    watchQueueDepth: (depth) => void depthSources.push(depth),
  };
}

/** Serves GET /metrics, for polling mode, where there is no webhook server to carry it. */
export async function serveMetrics(
  metrics: Metrics,
  port: number,
  host: string,
): Promise<{ address: AddressInfo; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (req.method !== "GET" || new URL(req.url ?? "/", "http://localhost").pathname !== "/metrics")
      return void res.writeHead(404).end();
    void writeMetrics(metrics, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return {
    address: server.address() as AddressInfo,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function writeMetrics(metrics: Metrics, res: import("node:http").ServerResponse): Promise<void> {
  try {
    const body = await metrics.registry.metrics();
    res.writeHead(200, { "content-type": metrics.registry.contentType }).end(body);
  } catch {
    res.writeHead(500).end();
  }
}
