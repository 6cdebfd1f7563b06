// Child process: updates/s on the in-process fake Bot API, same traffic for all. `load.js bot` runs the whole bot
// (with and without its decision cache, and on /help alone); `load.js echo` runs a bare grammY echo bot and one with
// the plugins the bot must have. They run in separate processes so that each one's peak RSS is its own.
import { conversations } from "@grammyjs/conversations";
import { limit } from "@grammyjs/ratelimiter";
import { sequentialize } from "@grammyjs/runner";
import { Bot, MemorySessionStorage, session, type Context } from "grammy";
import type { Update } from "grammy/types";
import { createDeps, DECISION_CACHE_SIZE } from "../src/app.js";
import { installApiPlugins } from "../src/bot/api-plugins.js";
import type { BotContext, SessionData } from "../src/bot/context.js";
import { createBot } from "../src/bot/create-bot.js";
import { orderKeys } from "../src/bot/middlewares/protect.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { loadSearcher } from "../src/knowledge/search-cache.js";
import { FakeTelegram, LOCAL_BOT_INFO } from "../src/local/fake-telegram.js";
import { createLogger } from "../src/logger.js";
import { withDecisionCache } from "../src/search/cache.js";
import { trafficFor } from "./traffic.js";

const N = Number(process.env.BENCH_UPDATES ?? 20_000);
const CONCURRENCY = 64;
type Run = { handle: (u: Update) => Promise<void>; traffic: (i: number) => Update };

async function throughput({ handle, traffic }: Run, n: number): Promise<number> {
  let i = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (i < n) await handle(traffic(i++));
    }),
  );
  return n / ((performance.now() - started) / 1000);
}

const kb = loadKnowledge();
const next = trafficFor(kb);

// The fake keeps every call for tests; the bench forgets them as it goes.
function driving<C extends Context>(make: (api: FakeTelegram) => Bot<C>): (u: Update) => Promise<void> {
  const api = new FakeTelegram();
  const bot = make(api);
  return async (u) => {
    await bot.handleUpdate(u);
    api.take();
  };
}

function botRuns(): Record<string, Run> {
  const matcher = loadSearcher(kb);
  const deps = {
    ...createDeps({ kb, searcher: withDecisionCache(matcher, DECISION_CACHE_SIZE), logger: createLogger("silent") }),
    protect: { rateLimit: { max: 1_000_000, windowMs: 60_000 } },
  };
  const bot = driving((api) => createBot("1:bench", deps, { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } }));
  // The same bot without the decision cache: as if every question were new.
  const uncached = driving((api) => createBot("1:bench", { ...deps, searcher: matcher }, { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } }));
  // The same users pressing /help only: the bot's cost without the question matcher.
  const menuOnly = (i: number): Update => {
    const u = next(i * 10 + 8);
    return { ...u, message: { ...u.message!, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] } };
  };
  return { bot: { handle: bot, traffic: next }, botUncached: { handle: uncached, traffic: next }, botMenuOnly: { handle: bot, traffic: menuOnly } };
}

function echoRuns(): Record<string, Run> {
  const echo = driving((api) => {
    const b = new Bot("1:echo", { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } });
    b.on("message:text", (ctx) => ctx.reply(ctx.message.text));
    b.on("callback_query", (ctx) => ctx.answerCallbackQuery());
    return b;
  });
  // An echo bot carrying the plugins the bot must have (ordering, session, conversations, rate limit, auto-retry):
  // the share of the gap that is those plugins' own cost.
  const pluginEcho = driving((api) => {
    const b = new Bot<BotContext>("1:echo", { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } });
    installApiPlugins(b.api);
    b.use(sequentialize(orderKeys));
    b.use(session({ initial: () => ({}), getSessionKey: (ctx) => ctx.from?.id.toString(), storage: new MemorySessionStorage<SessionData>() }));
    b.use(limit({ timeFrame: 60_000, limit: 1_000_000 }));
    b.use(conversations({ storage: new MemorySessionStorage() as never }));
    b.on("message:text", (ctx) => ctx.reply(ctx.message.text));
    b.on("callback_query", (ctx) => ctx.answerCallbackQuery());
    return b;
  });
  return { echo: { handle: echo, traffic: next }, pluginEcho: { handle: pluginEcho, traffic: next } };
}

const runs = process.argv[2] === "echo" ? echoRuns() : botRuns();
for (const run of Object.values(runs)) await throughput(run, 2000);
const results: Record<string, number> = {};
for (let round = 0; round < 2; round++) {
  for (const [name, run] of Object.entries(runs)) results[name] = Math.max(results[name] ?? 0, await throughput(run, N));
}
process.stdout.write(`${JSON.stringify({ ...results, updates: N, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
