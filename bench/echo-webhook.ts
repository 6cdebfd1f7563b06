// Child process: the ceiling of the system row. An echo bot carrying the plugins the bot must have (ordering,
// session, conversations and rate limit, the first three on the same Redis storage the bot uses) behind the same
// webhook server, started with the same environment as dist/src/main.js by bench/system.ts. It replies with one
// short message per update, so the system bench run on it shows what the rig, Redis and grammY allow.
import { conversations } from "@grammyjs/conversations";
import { limit } from "@grammyjs/ratelimiter";
import { sequentialize } from "@grammyjs/runner";
import { Bot, session } from "grammy";
import { installApiPlugins } from "../src/bot/api-plugins.js";
import type { BotContext } from "../src/bot/context.js";
import { orderKeys } from "../src/bot/middlewares/order.js";
import { LOCAL_BOT_INFO } from "../src/local/fake-telegram.js";
import { createLogger } from "../src/logger.js";
import { createWebhookServer } from "../src/server/webhook.js";
import { openStorage } from "../src/storage/index.js";

const env = process.env;
const logger = createLogger("warn");
const storage = await openStorage({ REDIS_URL: env.REDIS_URL, REDIS_PREFIX: env.REDIS_PREFIX ?? "", DATA_DIR: "." });
const bot = new Bot<BotContext>(env.BOT_TOKEN!, {
  botInfo: LOCAL_BOT_INFO,
  client: { apiRoot: env.TELEGRAM_API_ROOT! },
});
installApiPlugins(bot.api);
bot.use(sequentialize(orderKeys));
bot.use(session({ initial: () => ({}), getSessionKey: (ctx) => ctx.from?.id.toString(), storage: storage.session }));
bot.use(limit({ timeFrame: 60_000, limit: 1_000_000 }));
bot.use(conversations({ storage: storage.conversations as never }));
bot.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply("echo");
});
bot.on("message:text", (ctx) => ctx.reply(ctx.msg.text.slice(0, 100)));
const server = createWebhookServer(bot, {
  secret: env.WEBHOOK_SECRET!,
  path: new URL(env.WEBHOOK_URL!).pathname,
  logger,
  ready: async () => ({ redis: (await storage.redis!.ping()) === "PONG" }),
});
await server.listen(Number(env.PORT), env.HOST ?? "127.0.0.1");
process.once("SIGTERM", () => void server.close().then(() => storage.close().then(() => process.exit(0))));
