// Child process: updates/s through the whole bot and through a bare grammY echo bot, same fake Bot API, same traffic.
import { conversations } from "@grammyjs/conversations";
import { limit } from "@grammyjs/ratelimiter";
import { sequentialize } from "@grammyjs/runner";
import { Bot, MemorySessionStorage, session } from "grammy";
import type { Update } from "grammy/types";
import { createDeps, DECISION_CACHE_SIZE } from "../src/app.js";
import { installApiPlugins } from "../src/bot/api-plugins.js";
import type { BotContext } from "../src/bot/context.js";
import { createBot } from "../src/bot/create-bot.js";
import { chatKey } from "../src/bot/middlewares/protect.js";
import { FakeTelegram, LOCAL_BOT_INFO } from "../src/local/fake-telegram.js";
import { createLogger } from "../src/logger.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { withDecisionCache } from "../src/search/cache.js";
import { createSearcher } from "../src/search/index.js";
import { trafficFor } from "./traffic.js";

const N = Number(process.env.BENCH_UPDATES ?? 20_000);
const CONCURRENCY = 64;

async function throughput(handle: (u: Update) => Promise<void>, next: (i: number) => Update, n: number): Promise<number> {
  let i = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (i < n) await handle(next(i++));
    }),
  );
  return n / ((performance.now() - started) / 1000);
}

const kb = loadKnowledge();
const matcher = createSearcher(kb.entries);
const deps = {
  ...createDeps({ kb, searcher: withDecisionCache(matcher, DECISION_CACHE_SIZE), logger: createLogger("silent") }),
  protect: { rateLimit: { max: 1_000_000, windowMs: 60_000 } },
};
const next = trafficFor(deps.kb);

const botApi = new FakeTelegram();
const bot = createBot("1:bench", deps, { botInfo: LOCAL_BOT_INFO, client: { fetch: botApi.fetch } });
// The same bot without the decision cache: as if every question were new.
const uncachedApi = new FakeTelegram();
const uncached = createBot("1:bench", { ...deps, searcher: matcher }, { botInfo: LOCAL_BOT_INFO, client: { fetch: uncachedApi.fetch } });
const echoApi = new FakeTelegram();
const echo = new Bot("1:echo", { botInfo: LOCAL_BOT_INFO, client: { fetch: echoApi.fetch } });
echo.on("message:text", (ctx) => ctx.reply(ctx.message.text));
echo.on("callback_query", (ctx) => ctx.answerCallbackQuery());
// An echo bot carrying the plugins the bot must have (ordering, session, conversations, rate limit, auto-retry):
// the share of the gap that is those plugins' own cost.
const pluginEchoApi = new FakeTelegram();
const pluginEcho = new Bot<BotContext>("1:echo", { botInfo: LOCAL_BOT_INFO, client: { fetch: pluginEchoApi.fetch } });
installApiPlugins(pluginEcho.api);
pluginEcho.use(sequentialize(chatKey));
pluginEcho.use(session({ initial: () => ({}), getSessionKey: (ctx) => ctx.from?.id.toString(), storage: new MemorySessionStorage() }));
pluginEcho.use(limit({ timeFrame: 60_000, limit: 1_000_000 }));
pluginEcho.use(conversations({ storage: new MemorySessionStorage() as never }));
pluginEcho.on("message:text", (ctx) => ctx.reply(ctx.message.text));
pluginEcho.on("callback_query", (ctx) => ctx.answerCallbackQuery());

// The fake keeps every call for tests; the bench forgets them as it goes.
const viaBot = async (u: Update) => {
  await bot.handleUpdate(u);
  botApi.take();
};
const viaUncached = async (u: Update) => {
  await uncached.handleUpdate(u);
  uncachedApi.take();
};
const viaPluginEcho = async (u: Update) => {
  await pluginEcho.handleUpdate(u);
  pluginEchoApi.take();
};
const viaEcho = async (u: Update) => {
  await echo.handleUpdate(u);
  echoApi.take();
};

await throughput(viaBot, next, 2000);
await throughput(viaEcho, next, 2000);
await throughput(viaUncached, next, 2000);
await throughput(viaPluginEcho, next, 2000);
const results = { bot: 0, echo: 0, botMenuOnly: 0, botUncached: 0, pluginEcho: 0 };
// The same users pressing /help only: the bot's cost without the question matcher.
const menuOnly = (i: number): Update => {
  const u = next(i * 10 + 8);
  return { ...u, message: { ...u.message!, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] } };
};
for (let round = 0; round < 2; round++) {
  results.echo = Math.max(results.echo, await throughput(viaEcho, next, N));
  results.bot = Math.max(results.bot, await throughput(viaBot, next, N));
  results.botMenuOnly = Math.max(results.botMenuOnly, await throughput(viaBot, menuOnly, N));
  results.botUncached = Math.max(results.botUncached, await throughput(viaUncached, next, N));
  results.pluginEcho = Math.max(results.pluginEcho, await throughput(viaPluginEcho, next, N));
}
process.stdout.write(`${JSON.stringify({ ...results, updates: N, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
