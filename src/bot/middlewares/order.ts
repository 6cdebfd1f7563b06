import type { Context, MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/**
 * What an update must not share with another running at the same time: its chat (a flow's state) and its user (the
 * session, with the language, is per user, so a group update must not race the same user's private one). Handled in
 * order by the runner within a process and by Redis locks across processes; sorted, so locks are always taken in
 * the same order and two updates never wait on each other.
 */
export const orderKeys = (ctx: Context): string[] =>
  [...new Set([ctx.chat?.id.toString(), ctx.from?.id.toString()])].filter((k): k is string => k !== undefined).sort();

/** With Redis, takes the locks of orderKeys across every instance before the session is read. */
export const lockAcrossInstances: MiddlewareFn<BotContext> = (ctx, next) => {
  const withLock = ctx.deps.storage.withLock;
  if (!withLock) return next();
  return orderKeys(ctx).reduceRight<() => Promise<void>>((inner, key) => () => withLock(key, inner), next)();
};
