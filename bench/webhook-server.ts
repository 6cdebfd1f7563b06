// Child process: the whole bot behind the webhook server on loopback, with the fake Bot API; prints its port.
import { createDeps } from "../src/app.js";
import { createBot } from "../src/bot/create-bot.js";
import { FakeTelegram, LOCAL_BOT_INFO } from "../src/local/fake-telegram.js";
import { createLogger } from "../src/logger.js";
import { createWebhookServer } from "../src/server/webhook.js";

export const BENCH_SECRET = "bench-secret-0123456789";
const logger = createLogger("silent");
const deps = { ...createDeps({ logger }), protect: { rateLimit: { max: 1_000_000, windowMs: 60_000 } } };
const telegram = new FakeTelegram({ contract: false });
telegram.intercept(() => {
  telegram.take();
  return undefined;
});
const bot = createBot("1:bench", deps, { botInfo: LOCAL_BOT_INFO, client: { fetch: telegram.fetch } });
const server = createWebhookServer(bot, { secret: BENCH_SECRET, path: "/tg", logger });
const { port } = await server.listen(0, "127.0.0.1");
process.stdout.write(`${JSON.stringify({ port })}\n`);
process.once("SIGTERM", () => {
  void server.close().then(() => {
    process.stdout.write(`${JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
    process.exit(0);
  });
});
