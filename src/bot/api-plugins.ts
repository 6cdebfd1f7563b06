import { autoRetry } from "@grammyjs/auto-retry";
import { Api, type Context, type MiddlewareFn, type Transformer } from "grammy";
import type { Logger } from "../logger.js";

const retry = autoRetry({ maxRetryAttempts: 6, maxDelaySeconds: 60 });

const FORMATTED = new Set(["sendMessage", "editMessageText"]);

// Every text the bot writes is Telegram HTML, with user-supplied parts escaped where they are interpolated.
const htmlByDefault: Transformer = (prev, method, payload, signal) =>
  prev(method, FORMATTED.has(method) ? { parse_mode: "HTML", ...payload } : payload, signal);

type Markup = { inline_keyboard?: unknown[][] } | undefined;

// Keyboards are built row by row and may end on an empty row; Telegram is sent only the rows that hold buttons.
const withoutEmptyRows: Transformer = (prev, method, payload, signal) => {
  const markup = (payload as { reply_markup?: Markup }).reply_markup;
  if (!markup?.inline_keyboard?.some((row) => row.length === 0)) return prev(method, payload, signal);
  const tidy = { ...markup, inline_keyboard: markup.inline_keyboard.filter((row) => row.length > 0) };
  return prev(method, { ...payload, reply_markup: tidy } as typeof payload, signal);
};

/**
 * Logs, at warn, when the Bot API stops answering (a network error or a 5xx, on any call) and, once a call succeeds
 * again, that it is back and after how long: so an outage is seen while it lasts and its length afterwards, not
 * guessed from late replies. Installed first, under auto-retry, so it sees every attempt. One per bot, shared by
 * the conversations' Apis.
 */
export function outageWatch(logger: Logger, now: () => number = Date.now): Transformer {
  let downSince: number | undefined;
  const down = (method: string, error: string) => {
    if (downSince !== undefined) return;
    downSince = now();
    logger.warn({ method, error }, "telegram bot api not answering");
  };
  return async (prev, method, payload, signal) => {
    let result: Awaited<ReturnType<typeof prev>>;
    try {
      result = await prev(method, payload, signal);
    } catch (error) {
      if (!signal?.aborted) down(method, error instanceof Error ? error.message : String(error));
      throw error;
    }
    if (!result.ok && result.error_code >= 500) down(method, `${result.error_code} ${result.description}`);
    else if (downSince !== undefined) {
      logger.warn(
        { method, downSeconds: Math.round((now() - downSince) / 100) / 10 },
        "telegram bot api answering again",
      );
      downSince = undefined;
    }
    return result;
  };
}

// Transformers every Api the bot uses must carry.
export function installApiPlugins(api: Api, watch?: Transformer): void {
  if (watch) api.config.use(watch);
  api.config.use(retry);
  api.config.use(htmlByDefault);
  api.config.use(withoutEmptyRows);
}

/**
 * The same inside a conversation, whose fresh Api records every result to replay it on the flow's later updates.
 * Retrying must happen inside that recording: were it outside, a recorded 429 would be replayed, and waited out
 * again, on every later step of the flow.
 */
export const conversationApiPlugins =
  (watch?: Transformer): MiddlewareFn<Context> =>
  async (ctx, next) => {
    const recording = ctx.api.config.installedTransformers();
    const api = new Api(ctx.api.token, ctx.api.options);
    installApiPlugins(api, watch);
    api.config.use(...recording);
    (ctx as { api: Api }).api = api;
    await next();
  };
