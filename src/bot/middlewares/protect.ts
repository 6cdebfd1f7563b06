import { limit } from "@grammyjs/ratelimiter";
import { Composer, type Context, type MiddlewareFn } from "grammy";
import type { MessageEntity } from "grammy/types";
import { loggableText } from "../../logger.js";
import type { RateCounter } from "../../storage/index.js";
import type { BotContext, BotDeps } from "../context.js";
import { answerQuestion } from "../features/question.js";

export interface ProtectOptions {
  /** Per-user flood limit; off when absent. */
  rateLimit?: { max: number; windowMs: number };
  /** Debug only: log message texts (IINs and phone numbers masked). */
  logTexts?: boolean;
}

/** The update types the bot answers; polling and the webhook ask Telegram for these only. */
export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;
const HANDLED = new Set<string>(ALLOWED_UPDATES);

/**
 * What an update must not share with another running at the same time: its chat (a flow's state) and its user (the
 * session, with the language, is per user, so a group update must not race the same user's private one). Handled in
 * order by the runner within a process and by Redis locks across processes; sorted, so locks are always taken in
 * the same order and two updates never wait on each other.
 */
export const orderKeys = (ctx: Context): string[] =>
  [...new Set([ctx.chat?.id.toString(), ctx.from?.id.toString()])].filter((k): k is string => k !== undefined).sort();

function updateType(ctx: Context): string {
  return Object.keys(ctx.update).find((k) => k !== "update_id") ?? "none";
}

/**
 * Runs before the session is read: drops update types the bot has nothing to say to (channel posts, edits,
 * service and unknown updates), then, with Redis, takes the locks of orderKeys across every instance.
 */
export const admit: MiddlewareFn<BotContext> = (ctx, next) => {
  if (!HANDLED.has(updateType(ctx)) || !ctx.from) return;
  const withLock = ctx.deps.storage.withLock;
  if (!withLock) return next();
  return orderKeys(ctx).reduceRight<() => Promise<void>>((inner, key) => () => withLock(key, inner), next)();
};

const logUpdate: MiddlewareFn<BotContext> = async (ctx, next) => {
  const { logger, protect: options } = ctx.deps;
  if (!logger.isLevelEnabled("debug")) return next();
  const started = performance.now();
  try {
    await next();
  } finally {
    const text = loggableText(ctx.msg?.text ?? ctx.callbackQuery?.data ?? ctx.inlineQuery?.query, options?.logTexts ?? false);
    logger.debug(
      { update_id: ctx.update.update_id, type: updateType(ctx), chat: ctx.chat?.type, ms: Math.round(performance.now() - started), ...(text !== undefined ? { text } : {}) },
      "update",
    );
  }
};

function entityText(text: string, e: MessageEntity): string {
  return text.slice(e.offset, e.offset + e.length);
}

/** In groups the bot speaks only when addressed: a command, an @mention, or a reply to one of its messages. */
const groupFilter: MiddlewareFn<BotContext> = async (ctx, next) => {
  // Only a forged press lacks the message: the bot puts no callback buttons on inline messages.
  if (ctx.callbackQuery && !ctx.callbackQuery.message) return void (await ctx.answerCallbackQuery({ text: ctx.t("callback.stale") }));
  const chat = ctx.chat?.type;
  if (chat === "private" || chat === undefined || ctx.callbackQuery) return next();
  if (chat !== "group" && chat !== "supergroup") return;
  const msg = ctx.message;
  const text = msg?.text ?? msg?.caption;
  if (!msg || text === undefined) return;
  const entities = msg.entities ?? msg.caption_entities ?? [];
  const me = `@${ctx.me.username}`.toLowerCase();
  const command = entities.find((e) => e.type === "bot_command" && e.offset === 0);
  if (command) {
    const target = entityText(text, command).split("@")[1];
    if (target === undefined || `@${target}`.toLowerCase() === me) return next();
    return;
  }
  const mention = entities.find((e) => e.type === "mention" && entityText(text, e).toLowerCase() === me);
  const repliedToMe = msg.reply_to_message?.from?.id === ctx.me.id;
  if (!mention && !repliedToMe) return;
  const question = (mention ? text.slice(0, mention.offset) + text.slice(mention.offset + mention.length) : text).trim();
  // Answered here rather than by the features after it, so counted here: a flood of mentions is limited too.
  return rateLimit(ctx, async () => {
    if (question) return answerQuestion(ctx, question);
    await ctx.reply(ctx.t("ask.prompt"), { reply_parameters: { message_id: msg.message_id, allow_sending_without_reply: true } });
  });
};

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

const rateLimit: MiddlewareFn<BotContext> = (ctx, next) => {
  const mw = limiterFor(ctx.deps);
  return mw ? mw(ctx, next) : next();
};

// Rate limiting and group-chat filtering run here, after the user's language is known.
export const protect = new Composer<BotContext>();
protect.use(logUpdate);
protect.use(groupFilter);
protect.use(rateLimit);
