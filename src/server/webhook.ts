import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { Bot, Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../logger.js";
import { type Metrics, writeMetrics } from "../metrics.js";

const MAX_BODY_BYTES = 1 << 20;
/**
 * Two instances on one Redis handle about 350 updates/s with p99 under 70 ms (`npm run bench`, the system row); at
 * 700/s the backlog grew until the 128 MB heap ran out. 500 updates is about 3 s of one instance's work.
 */
export const MAX_UPDATES_IN_FLIGHT = 500;
const SECRET_HEADER = "x-telegram-bot-api-secret-token";

export interface WebhookServerOptions {
  secret: string;
  /** The path Telegram posts to (the path of WEBHOOK_URL). */
  path?: string;
  logger: Logger;
  /** A slower update is answered 200 anyway and keeps running, so Telegram does not deliver it twice. */
  answerWithinMs?: number;
  /**
   * Updates being handled at once beyond which a new one is refused with 503, so Telegram delivers it again later:
   * an instance past its capacity would otherwise queue updates until it ran out of memory and lost them all.
   */
  maxUpdatesInFlight?: number;
  /** Served at GET /metrics when given (METRICS=on). */
  metrics?: Metrics;
  /**
   * GET /readyz: whether this instance can serve updates now (its storage answers). /healthz only says the process
   * is up; a load balancer should route by /readyz, so an instance whose Redis is down or frozen gets no traffic.
   */
  ready?: () => Promise<Record<string, boolean>>;
}

export interface WebhookServer {
  server: Server;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops taking requests, waits for the updates in flight, then resolves. */
  close(): Promise<void>;
}

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  const value = Array.isArray(given) ? given[0] : given;
  if (value === undefined) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readUpdate(req: IncomingMessage): Promise<Update> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpProblem(413, "body too large");
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpProblem(400, "malformed JSON");
  }
  if (typeof body !== "object" || body === null || !Number.isSafeInteger((body as { update_id?: unknown }).update_id)) {
    throw new HttpProblem(400, "not a Telegram update");
  }
  return body as Update;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

export function createWebhookServer<C extends Context>(bot: Bot<C>, options: WebhookServerOptions): WebhookServer {
  const { secret, logger } = options;
  const path = options.path ?? "/";
  const inFlight = new Set<Promise<unknown>>();
  const maxWorking = options.maxUpdatesInFlight ?? MAX_UPDATES_IN_FLIGHT;
  let working = 0;
  let shedding = false;
  const track = (task: Promise<unknown>) => {
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  };
  const started = Date.now();
  let draining = false;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET" && url.pathname === "/healthz") {
      return send(res, draining ? 503 : 200, {
        ok: !draining,
        uptime_s: Math.round((Date.now() - started) / 1000),
        in_flight: inFlight.size,
      });
    }
    if (req.method === "GET" && url.pathname === "/metrics" && options.metrics)
      return writeMetrics(options.metrics, res);
    if (req.method === "GET" && url.pathname === "/readyz") {
      const checks = options.ready ? await options.ready().catch(() => ({ check: false })) : {};
      const ok = !draining && Object.values(checks).every(Boolean);
      return send(res, ok ? 200 : 503, { ok, draining, ...checks });
    }
    if (url.pathname !== path) return send(res, 404, { ok: false });
    if (req.method !== "POST") return send(res, 405, { ok: false });
    if (!secretMatches(req.headers[SECRET_HEADER], secret)) {
      req.resume();
      return send(res, 401, { ok: false });
    }
    if (draining) return send(res, 503, { ok: false });
    if (working >= maxWorking) {
      req.resume();
      if (!shedding)
        logger.warn({ inFlight: working }, "webhook over capacity: refusing updates with 503 until it catches up");
      shedding = true;
      options.metrics?.countError("webhook-shed");
      return send(res, 503, { ok: false, error: "busy" });
    }
    if (shedding) logger.warn({ inFlight: working }, "webhook caught up: taking updates again");
    shedding = false;
    const update = await readUpdate(req);
    if (!bot.isInited()) await bot.init();
    // The update is tracked on its own, not only its request: one answered early still holds back close().
    const work = bot
      .handleUpdate(update)
      .catch((err: unknown) =>
        logger.error({ err: (err as Error).message, update_id: update.update_id }, "update failed"),
      );
    working++;
    void work.finally(() => working--);
    track(work);
    const timer = new AbortController();
    await Promise.race([
      work,
      sleep(options.answerWithinMs ?? 8000, undefined, { signal: timer.signal }).catch(() => {}),
    ]);
    timer.abort();
    send(res, 200, {});
  }

  const server = createServer((req, res) => {
    track(
      handle(req, res).catch((err: unknown) => {
        if (err instanceof HttpProblem) return send(res, err.status, { ok: false, error: err.message });
        logger.error({ err: (err as Error).message }, "webhook request failed");
        options.metrics?.countError("webhook");
        send(res, 500, { ok: false });
      }),
    );
  });
  server.keepAliveTimeout = 30_000;

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve(server.address() as AddressInfo));
      }),
    async close() {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await closed;
    },
  };
}
