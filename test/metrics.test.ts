import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createDeps } from "../src/app.js";
import { createBot } from "../src/bot/create-bot.js";
import { FakeTelegram, LOCAL_BOT_INFO } from "../src/local/fake-telegram.js";
import { callbackUpdate, textUpdate } from "../src/local/updates.js";
import { createMetrics, serveMetrics } from "../src/metrics.js";
import { createWebhookServer, type WebhookServer } from "../src/server/webhook.js";
import { memoryStorage } from "../src/storage/index.js";
import { silentLogger } from "./helpers/harness.js";

const SECRET = "metrics-secret-0123456789";
const USER = { id: 987654321, first_name: "Aigerim", language_code: "ru" };
let open: WebhookServer | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

/** The value of one series in Prometheus' text format, or undefined when it is absent. */
function value(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("GET /metrics", () => {
  it("counts updates, questions by outcome, replies, API calls and 429s, storage and the notice queue, with no id or text in any label", async () => {
    const metrics = createMetrics();
    const telegram = new FakeTelegram();
    let limited = false;
    telegram.intercept((call) => {
      if (call.method !== "answerCallbackQuery" || limited) return undefined;
      limited = true;
      return new Response(
        JSON.stringify({
          ok: false,
          error_code: 429,
          description: "Too Many Requests: retry after 1",
          parameters: { retry_after: 1 },
        }),
        {
          status: 429,
          headers: { "content-type": "application/json" },
        },
      );
    });
    const storage = memoryStorage();
    const deps = {
      ...createDeps({ logger: silentLogger, onDecision: metrics.countDecision }),
      storage: { ...storage, session: metrics.timeStorage("session", storage.session) },
      metrics,
    };
    const bot = createBot("1:metrics", deps, {
      botInfo: LOCAL_BOT_INFO,
      client: { fetch: metrics.instrumentFetch(telegram.fetch) },
    });
    metrics.watchQueueDepth(async () => 7);
    open = createWebhookServer(bot, { secret: SECRET, path: "/tg", logger: silentLogger, metrics });
    const { port } = (await open.listen(0, "127.0.0.1")) as AddressInfo;
    const post = (update: object) =>
      fetch(`http://127.0.0.1:${port}/tg`, {
        method: "POST",
        body: JSON.stringify(update),
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      });

    for (const text of ["когда выборы", "сколько стоит хлеб в магазине", "zzqx vbnm"])
      expect((await post(textUpdate(text, USER))).status).toBe(200);
    expect((await post(callbackUpdate("m:help", 1, USER))).status).toBe(200);

    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(value(text, 'saylau_updates_total{type="message"}')).toBe(3);
    expect(value(text, 'saylau_updates_total{type="callback_query"}')).toBe(1);
    expect(value(text, 'saylau_questions_total{lang="ru",outcome="answered"}')).toBe(1);
    const notAnswered = text
      .split("\n")
      .filter((l) => /^saylau_questions_total\{lang="(kk|ru|en)",outcome="(unanswered|suggested)"\}/.test(l))
      .reduce((sum, l) => sum + Number(l.split(" ")[1]), 0);
    expect(notAnswered).toBe(2);
    expect(value(text, 'saylau_telegram_api_calls_total{method="sendMessage",result="ok"}')).toBeGreaterThanOrEqual(3);
    expect(
      value(text, 'saylau_telegram_api_calls_total{method="answerCallbackQuery",result="too_many_requests"}'),
    ).toBe(1);
    expect(value(text, "saylau_telegram_429_total")).toBe(1);
    expect(value(text, "saylau_replies_total")).toBeGreaterThanOrEqual(4);
    expect(value(text, 'saylau_storage_seconds_count{store="session",op="read"}')).toBeGreaterThanOrEqual(4);
    expect(value(text, "saylau_notice_queue_depth")).toBe(7);
    expect(value(text, "saylau_errors_total")).toBeUndefined();
    // Nothing that identifies a voter or repeats what they wrote.
    expect(text).not.toContain(String(USER.id));
    expect(text).not.toContain(USER.first_name);
    expect(text).not.toMatch(/выборы|хлеб|zzqx/);
  });

  it("has a server of its own for polling mode, which serves only /metrics", async () => {
    const metrics = createMetrics();
    metrics.countNotice("sent");
    const server = await serveMetrics(metrics, 0, "127.0.0.1");
    try {
      const text = await (await fetch(`http://127.0.0.1:${server.address.port}/metrics`)).text();
      expect(value(text, 'saylau_notices_total{outcome="sent"}')).toBe(1);
      expect((await fetch(`http://127.0.0.1:${server.address.port}/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
