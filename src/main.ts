import { existsSync } from "node:fs";
import { Api, type ApiClientOptions, type Bot } from "grammy";
import { createDeps } from "./app.js";
import { ALLOWED_UPDATES } from "./bot/allowed-updates.js";
import { registerCommands } from "./bot/commands.js";
import type { BotContext, BotDeps } from "./bot/context.js";
import { createBot } from "./bot/create-bot.js";
import { noticeKeyboard } from "./bot/features/remind.js";
import { loadCalendars } from "./calendar/load.js";
import { runChat } from "./cli/chat.js";
import { clockFor } from "./clock.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import type { DecisionTrace } from "./gaps/record.js";
import { gapRecorder } from "./gaps/record.js";
import { checkLocales, createI18n, LocaleError } from "./i18n.js";
import { KnowledgeError } from "./knowledge/load.js";
import { createLogger, type Logger } from "./logger.js";
import { createMetrics, type Metrics, serveMetrics } from "./metrics.js";
import { noticeSender, openNotifyStore, openQueue, runNotices } from "./notify/open.js";
import { warmUp } from "./search/warm-up.js";
import { startPolling } from "./server/polling.js";
import { startupCall } from "./server/startup.js";
import { createWebhookServer } from "./server/webhook.js";
import { type BotStorage, openStorage } from "./storage/index.js";

if (existsSync(".env")) process.loadEnvFile(".env");

function productionDeps(config: Config, base: BotDeps, metrics: Metrics | undefined): BotDeps {
  const recordGap = config.GAPS_LOG ? gapRecorder(base.storage.gaps, base.logger) : undefined;
  const hooks = [recordGap, metrics?.countDecision].filter((h) => h !== undefined);
  const storage = metrics
    ? {
        ...base.storage,
        session: metrics.timeStorage("session", base.storage.session),
        conversations: metrics.timeStorage("conversations", base.storage.conversations),
      }
    : base.storage;
  return {
    ...base,
    storage,
    ...(metrics ? { metrics } : {}),
    ...(hooks.length > 0
      ? {
          onDecision: (trace: DecisionTrace) => {
            for (const hook of hooks) hook(trace);
          },
        }
      : {}),
    flowIdleMs: config.FLOW_IDLE_MINUTES * 60_000,
    protect: {
      rateLimit: { max: config.RATE_LIMIT_MAX, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 },
      logTexts: config.LOG_TEXTS,
    },
  };
}

/** Redis answers a PING within its command time-out; the file storage is always there. */
async function storageReady(storage: BotStorage): Promise<Record<string, boolean>> {
  if (!storage.redis) return { storage: true };
  return {
    redis: await storage.redis.ping().then(
      (r) => r === "PONG",
      () => false,
    ),
  };
}

async function startWebhook(
  bot: Bot<BotContext>,
  setupApi: Api,
  storage: BotStorage,
  config: Config,
  logger: Logger,
  metrics: Metrics | undefined,
): Promise<() => Promise<void>> {
  const url = new URL(config.WEBHOOK_URL!);
  const server = createWebhookServer(bot, {
    secret: config.WEBHOOK_SECRET!,
    path: url.pathname,
    logger,
    ready: () => storageReady(storage),
    ...(metrics ? { metrics } : {}),
  });
  const address = await server.listen(config.PORT, config.HOST);
  logger.info({ port: address.port, host: address.address, path: url.pathname }, "webhook server listening");
  const where = config.TELEGRAM_API_ROOT ?? "https://api.telegram.org";
  await startupCall(
    "setWebhook",
    where,
    () =>
      setupApi.setWebhook(url.href, {
        secret_token: config.WEBHOOK_SECRET!,
        drop_pending_updates: false,
        allowed_updates: ALLOWED_UPDATES,
      }),
    logger,
  ).catch(async (err) => {
    await server.close();
    throw err;
  });
  return () => server.close();
}

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, [config.BOT_TOKEN, config.WEBHOOK_SECRET]);
  // Read now, not at a user's first /calendar or first untranslated reply: a broken file stops the start, named.
  checkLocales();
  loadCalendars();
  const storage = await openStorage(config, logger);
  const now = clockFor(config.BOT_NOW);
  const notify = openNotifyStore(storage, config);
  if (config.mode === "terminal") return runChat(createDeps({ logger, storage, now, notify }));
  const metrics = config.METRICS ? createMetrics() : undefined;
  const deps = productionDeps(config, createDeps({ logger, storage, now, notify }), metrics);

  const client: ApiClientOptions = {
    ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    ...(metrics ? { fetch: metrics.instrumentFetch(globalThis.fetch) } : {}),
  };
  // Start-up calls without auto-retry (which retries a network error without end): a few bounded attempts, then
  // the process exits naming what failed, instead of hanging silently when the Bot API cannot be reached.
  const setupApi = new Api(config.BOT_TOKEN!, { ...client, timeoutSeconds: 10 });
  const apiRoot = config.TELEGRAM_API_ROOT ?? "https://api.telegram.org";
  const botInfo = await startupCall("getMe", apiRoot, () => setupApi.getMe(), logger);
  const bot = createBot(config.BOT_TOKEN!, deps, { client, botInfo });
  const tFor = createI18n();
  await registerCommands(setupApi, logger, tFor);
  const warmStart = performance.now();
  const asked = warmUp(deps.searcher, deps.kb.entries);
  logger.info({ questions: asked, ms: Math.round(performance.now() - warmStart) }, "matcher warmed up");

  const stopUpdates =
    config.mode === "webhook"
      ? await startWebhook(bot, setupApi, storage, config, logger, metrics)
      : await startPolling(bot, setupApi, logger);
  const metricsServer =
    metrics && config.mode === "polling" ? await serveMetrics(metrics, config.METRICS_PORT, config.HOST) : undefined;
  if (metricsServer) logger.info({ port: metricsServer.address.port }, "metrics at GET /metrics");
  let stopNotices = async () => {};
  if (config.NOTICES) {
    const queue = openQueue(config, logger);
    metrics?.watchQueueDepth(() => queue.depth());
    stopNotices = runNotices({
      store: notify,
      queue,
      send: noticeSender(config.BOT_TOKEN!, client),
      keyboard: (lang) => noticeKeyboard(tFor(lang)),
      tFor,
      now,
      logger,
      ...(metrics ? { onOutcome: metrics.countNotice } : {}),
    });
  }
  logger.info({ username: bot.botInfo.username, mode: config.mode, storage: storage.kind }, "bot started");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing the updates in flight");
    const force = setTimeout(() => {
      logger.error("updates still running after 20 s; exiting anyway");
      process.exit(1);
    }, 20_000);
    force.unref();
    try {
      await stopUpdates();
      await stopNotices();
      await metricsServer?.close();
      await storage.close();
    } catch (err) {
      logger.error({ err: (err as Error).message }, "error while shutting down");
    }
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((err: unknown) => {
  const token = process.env.BOT_TOKEN?.trim();
  if (token && err instanceof Error) err.message = err.message.split(token).join("[redacted]");
  if (err instanceof ConfigError || err instanceof KnowledgeError || err instanceof LocaleError) {
    console.error(`saylau-bot: ${err.message}`);
  } else {
    console.error(`saylau-bot: failed to start: ${(err as Error).name}: ${(err as Error).message}`);
  }
  process.exit(1);
});
