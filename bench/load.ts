// Child process: updates/s on the in-process fake Bot API, same traffic for all. `load.js bot` runs the whole bot
// (with and without its decision cache, and on /help alone); `load.js plugins` runs an echo bot carrying the plugins
// the bot must have, and that bot sending the whole bot's own recorded calls. The bot runs in a process of its own so
// that its peak RSS is its own.
import { conversations } from "@grammyjs/conversations";
import { limit } from "@grammyjs/ratelimiter";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Context, MemorySessionStorage, type RawApi, session } from "grammy";
import type { Update } from "grammy/types";
import { createDeps, DECISION_CACHE_SIZE } from "../src/app.js";
import { installApiPlugins } from "../src/bot/api-plugins.js";
import type { BotContext, SessionData } from "../src/bot/context.js";
import { createBot } from "../src/bot/create-bot.js";
import { orderKeys } from "../src/bot/middlewares/order.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { loadSearcher } from "../src/knowledge/search-cache.js";
import { type ApiCall, FakeTelegram, LOCAL_BOT_INFO } from "../src/local/fake-telegram.js";
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
  const api = new FakeTelegram({ contract: false });
  const bot = make(api);
  return async (u) => {
    await bot.handleUpdate(u);
    api.take();
  };
}

const echo: Run = {
  handle: driving((api) => {
    const b = new Bot("1:echo", { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } });
    b.on("message:text", (ctx) => ctx.reply(ctx.message.text));
    b.on("callback_query", (ctx) => ctx.answerCallbackQuery());
    return b;
  }),
  traffic: next,
};

function botRuns(): Record<string, Run> {
  const matcher = loadSearcher(kb);
  const deps = {
    ...createDeps({ kb, searcher: withDecisionCache(matcher, DECISION_CACHE_SIZE), logger: createLogger("silent") }),
    protect: { rateLimit: { max: 1_000_000, windowMs: 60_000 } },
  };
  const bot = driving((api) => createBot("1:bench", deps, { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } }));
  // The same bot without the decision cache: as if every question were new.
  const uncached = driving((api) =>
    createBot("1:bench", { ...deps, searcher: matcher }, { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } }),
  );
  // The same users pressing /help only: the bot's cost without the question matcher.
  const menuOnly = (i: number): Update => {
    const u = next(i * 10 + 8);
    return {
      ...u,
      message: { ...u.message!, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] },
    };
  };
  return {
    echo,
    bot: { handle: bot, traffic: next },
    botUncached: { handle: uncached, traffic: next },
    botMenuOnly: { handle: bot, traffic: menuOnly },
  };
}

/** An echo bot carrying the plugins the bot must have: ordering, session, conversations, rate limit, auto-retry. */
function pluginBot(api: FakeTelegram): Bot<BotContext> {
  const b = new Bot<BotContext>("1:echo", { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } });
  installApiPlugins(b.api);
  b.use(sequentialize(orderKeys));
  b.use(
    session({
      initial: () => ({}),
      getSessionKey: (ctx) => ctx.from?.id.toString(),
      storage: new MemorySessionStorage<SessionData>(),
    }),
  );
  b.use(limit({ timeFrame: 60_000, limit: 1_000_000 }));
  b.use(conversations({ storage: new MemorySessionStorage() as never }));
  return b;
}

/**
 * The plugin echo bot sending, for each update, exactly the calls the whole bot made for it (recorded first): the
 * ratio's ceiling, what the bot would reach if deciding, routing and rendering cost nothing.
 */
async function replaying(): Promise<Run["handle"]> {
  const RECORDED = 2000;
  const record = new FakeTelegram({ contract: false });
  const bot = createBot("1:bench", createDeps({ kb, logger: createLogger("silent") }), {
    botInfo: LOCAL_BOT_INFO,
    client: { fetch: record.fetch },
  });
  const calls: ApiCall[][] = [];
  for (let i = 0; i < RECORDED; i++) {
    await bot.handleUpdate(next(i));
    calls.push(record.take());
  }
  return driving((api) => {
    const b = pluginBot(api);
    b.use(async (ctx) => {
      for (const { method, payload } of calls[ctx.update.update_id % RECORDED]!)
        await ctx.api.raw[method as keyof RawApi](payload as never);
    });
    return b;
  });
}

async function pluginRuns(): Promise<Record<string, Run>> {
  const pluginEcho = driving((api) => {
    const b = pluginBot(api);
    b.on("message:text", (ctx) => ctx.reply(ctx.message.text));
    b.on("callback_query", (ctx) => ctx.answerCallbackQuery());
    return b;
  });
  return {
    echo,
    pluginEcho: { handle: pluginEcho, traffic: next },
    replay: { handle: await replaying(), traffic: next },
  };
}

// Each process runs the bare echo bot too, interleaved with the others: the VM's speed drifts between processes.
const runs = process.argv[2] === "plugins" ? await pluginRuns() : botRuns();
for (const run of Object.values(runs)) await throughput(run, 2000);
const results: Record<string, number> = {};
for (let round = 0; round < 2; round++) {
  for (const [name, run] of Object.entries(runs))
    results[name] = Math.max(results[name] ?? 0, await throughput(run, N));
}
process.stdout.write(
  `${JSON.stringify({ ...results, updates: N, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
