import type { Update } from "grammy/types";
import { Bot } from "grammy";
import { createDeps } from "/work/main/src/app.js";
import { createBot } from "/work/main/src/bot/create-bot.js";
import { FakeTelegram, LOCAL_BOT_INFO } from "/work/main/src/local/fake-telegram.js";
import { createLogger } from "/work/main/src/logger.js";
import { trafficFor } from "/work/main/bench/traffic.js";
const deps = { ...createDeps({ logger: createLogger("silent") }), protect: { rateLimit: { max: 1_000_000, windowMs: 60_000 } } };
const next = trafficFor(deps.kb);
const api = new FakeTelegram();
const bot = createBot("1:bench", deps, { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } });
const echoApi = new FakeTelegram();
const echo = new Bot("1:echo", { botInfo: LOCAL_BOT_INFO, client: { fetch: echoApi.fetch } });
echo.on("message:text", (ctx) => ctx.reply(ctx.message.text));
echo.on("callback_query", (ctx) => ctx.answerCallbackQuery());
const withText = (text: string) => (i: number): Update => { const u = next(i * 10); return { ...u, message: { ...u.message!, text, ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.length }] } : {}) } }; };
const kinds: Record<string, (i: number) => Update> = {
  question: (i) => next(i * 10),
  help: withText("/help"),
  start: (i) => next(i * 10 + 8),
  callback: (i) => next(i * 10 + 9),
  junk: withText("привет"),
};
async function run(b: Bot<any>, a: FakeTelegram, gen: (i: number) => Update, n: number) {
  let i = 0; let calls = 0;
  const t = performance.now();
  await Promise.all(Array.from({ length: 64 }, async () => { while (i < n) { await b.handleUpdate(gen(i++)); calls += a.take().length; } }));
  return { us: ((performance.now() - t) * 1000 / n).toFixed(0), callsPerUpdate: (calls / n).toFixed(2) };
}
for (const [k, g] of Object.entries(kinds)) { await run(bot, api, g, 2000); console.log(k, "bot", await run(bot, api, g, 10000), "echo", await run(echo, echoApi, g, 10000)); }
