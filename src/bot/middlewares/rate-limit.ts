import { limit } from "@grammyjs/ratelimiter";
import type { MiddlewareFn } from "grammy";
import type { RateCounter } from "../../storage/index.js";
import type { BotContext, BotDeps } from "../context.js";
import { wasAnswered } from "./callback-answer.js";

const limiters = new WeakMap<BotDeps, MiddlewareFn<BotContext>>();

function limiterFor(deps: BotDeps): MiddlewareFn<BotContext> | undefined {
  const rate = deps.protect?.rateLimit;
  if (!rate) return undefined;
  let mw = limiters.get(deps);
  if (!mw) {
    mw = limit<BotContext, RateCounter>({
      timeFrame: rate.windowMs,
      limit: rate.max,
      storageClient: deps.storage.rateCounter?.(rate.windowMs) ?? "MEMORY_STORE",
      // Under the storage's prefix, so bots sharing one Redis under different prefixes keep separate counts.
      keyPrefix: `${deps.storage.keyPrefix ?? "saylau:"}rl:`,
      keyGenerator: (ctx) => (ctx.inlineQuery ? undefined : ctx.from?.id.toString()),
      // Called once per flood window: later updates in the window are dropped silently.
      onLimitExceeded: async (ctx) => {
        const text = ctx.t("limits.slowDown");
        if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
        else if (ctx.chat?.type === "private") await ctx.reply(text);
      },
    });
    limiters.set(deps, mw);
  }
  return mw;
}

/** The per-user flood limit (deps.protect.rateLimit); inline queries are not counted. */
export const rateLimit: MiddlewareFn<BotContext> = async (ctx, next) => {
  const mw = limiterFor(ctx.deps);
  if (!mw) return next();
  let passed = false;
  await mw(ctx, () => {
    passed = true;
    return next();
  });
  // The limiter tells the user once per window; a later button press it drops is still answered, or it spins.
  if (!passed && ctx.callbackQuery && !wasAnswered(ctx)) await ctx.answerCallbackQuery().catch(() => {});
};
