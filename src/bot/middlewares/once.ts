import type { MiddlewareFn } from "grammy";
import type { BotStorage } from "../../storage/index.js";
import type { BotContext } from "../context.js";

/**
 * How long an update id is remembered. The webhook answers within seconds, so Telegram redelivers an update only
 * after a timed-out request, within minutes; a longer memory would cost Redis a key per update (at 700 updates/s,
 * ten minutes is about 420,000 keys).
 */
export const UPDATE_MEMORY_MS = 10 * 60_000;
const LOCAL_MEMORY = 10_000;

/**
 * Handles each update_id once. Telegram delivers a webhook update again when its request timed out, possibly to
 * another instance: with Redis the first instance to claim the id (SET NX) answers it and the others drop it;
 * without Redis the one process remembers the last ids it saw. If Redis cannot be asked, the update is handled
 * (a rare second reply is better than a lost question).
 */
export function onceOnly(storage: BotStorage): MiddlewareFn<BotContext> {
  const seen = new Set<number>();
  const redis = storage.redis;
  const key = (id: number) => `${storage.keyPrefix ?? ""}update:${id}`;
  return async (ctx, next) => {
    const id = ctx.update.update_id;
    if (redis) {
      const claimed = await redis.set(key(id), "1", "PX", UPDATE_MEMORY_MS, "NX").then(
        (r) => r === "OK",
        () => true,
      );
      if (!claimed) return;
      return next();
    }
    if (seen.has(id)) return;
    seen.add(id);
    // A Set iterates in insertion order: the oldest id goes first.
    if (seen.size > LOCAL_MEMORY) seen.delete(seen.values().next().value!);
    return next();
  };
}
