import type { MiddlewareFn } from "grammy";
import { loggableText } from "../../logger.js";
import { updateType } from "../allowed-updates.js";
import type { BotContext } from "../context.js";

/** At debug level, one line per update: its type, chat type and time taken, and its text only when asked for. */
export const logUpdate: MiddlewareFn<BotContext> = async (ctx, next) => {
  const { logger, protect: options } = ctx.deps;
  if (!logger.isLevelEnabled("debug")) return next();
  const started = performance.now();
  try {
    await next();
  } finally {
    const text = loggableText(
      ctx.msg?.text ?? ctx.callbackQuery?.data ?? ctx.inlineQuery?.query,
      options?.logTexts ?? false,
    );
    logger.debug(
      {
        update_id: ctx.update.update_id,
        type: updateType(ctx),
        chat: ctx.chat?.type,
        ms: Math.round(performance.now() - started),
        ...(text !== undefined ? { text } : {}),
      },
      "update",
    );
  }
};
