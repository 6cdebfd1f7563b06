import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { Bot, session, type Context } from "grammy";
import type { Update } from "grammy/types";
import { createDeps } from "../../src/app.js";
import { conversationApiPlugins, installApiPlugins } from "../../src/bot/api-plugins.js";
import type { BotContext, SessionData } from "../../src/bot/context.js";
import { i18nMiddleware } from "../../src/bot/middlewares/i18n.js";
import { admit, chatKey, protect } from "../../src/bot/middlewares/protect.js";
import { inlineFeature } from "../../src/bot/features/inline.js";
import { cancelFeature } from "../../src/bot/features/cancel.js";
import { flowsFeature } from "../../src/bot/features/flows.js";
import { deepLinkFeature } from "../../src/bot/features/deep-link.js";
import { startFeature } from "../../src/bot/features/start.js";
import { FakeTelegram, LOCAL_BOT_INFO } from "../../src/local/fake-telegram.js";
import { createLogger } from "../../src/logger.js";
import { trafficFor } from "../traffic.js";
const deps = { ...createDeps({ logger: createLogger("silent") }), protect: { rateLimit: { max: 1_000_000, windowMs: 60_000 } } };
const next = trafficFor(deps.kb);
const gen = (i: number): Update => { const u = next(i * 10); return { ...u, message: { ...u.message!, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] } }; };
const userKey = (ctx: Context) => ctx.from?.id.toString();
const stages: [string, (b: any) => void][] = [
  ["plugins", (b) => installApiPlugins(b.api)],
  ["sequentialize", (b) => b.use(sequentialize(chatKey))],
  ["deps", (b) => b.use(async (ctx: any, n: any) => { ctx.deps = deps; await n(); })],
  ["admit", (b) => b.use(admit)],
  ["session", (b) => b.use(session<SessionData, BotContext>({ initial: () => ({}), getSessionKey: userKey, storage: deps.storage.session }))],
  ["i18n", (b) => b.use(i18nMiddleware())],
  ["protect", (b) => b.use(protect)],
  ["inline", (b) => b.use(inlineFeature)],
  ["conversations", (b) => b.use(conversations<BotContext, BotContext>({ storage: deps.storage.conversations as never, plugins: [conversationApiPlugins] }))],
  ["cancel", (b) => b.use(cancelFeature)],
  ["flows", (b) => b.use(flowsFeature)],
  ["deepLink", (b) => b.use(deepLinkFeature)],
  ["start", (b) => b.use(startFeature)],
];
async function run(b: Bot<any>, a: FakeTelegram, n: number) {
  let i = 0; const t = performance.now();
  await Promise.all(Array.from({ length: 64 }, async () => { while (i < n) { await b.handleUpdate(gen(i++)); a.take(); } }));
  return (performance.now() - t) * 1000 / n;
}
for (let k = 0; k <= stages.length; k++) {
  const api = new FakeTelegram();
  const b = new Bot<BotContext>("1:x", { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } });
  for (const [, s] of stages.slice(0, k)) s(b);
  b.use((ctx) => ctx.reply("x"));
  await run(b, api, 3000);
  const us = Math.min(await run(b, api, 10000), await run(b, api, 10000));
  console.log(k === 0 ? "echo-like" : `+${stages[k - 1]![0]}`, us.toFixed(1), "µs");
}
