import type { Context } from "grammy";

/** The update types the bot answers; polling and the webhook ask Telegram for these only. */
export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;

export function updateType(ctx: Context): string {
  return Object.keys(ctx.update).find((k) => k !== "update_id") ?? "none";
}
