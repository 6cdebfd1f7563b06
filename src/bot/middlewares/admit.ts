import type { MiddlewareFn } from "grammy";
import { ALLOWED_UPDATES, updateType } from "../allowed-updates.js";
import type { BotContext } from "../context.js";

const HANDLED = new Set<string>(ALLOWED_UPDATES);

/**
 * Runs before the session is read: drops update types the bot has nothing to say to (channel posts, edits,
 * service and unknown updates) and updates from no user.
 */
export const admit: MiddlewareFn<BotContext> = (ctx, next) => {
  if (!HANDLED.has(updateType(ctx)) || !ctx.from) return;
  return next();
};
