import { autoRetry } from "@grammyjs/auto-retry";
import { Api, type Context, type MiddlewareFn, type Transformer } from "grammy";

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

// Transformers every Api the bot uses must carry.
export function installApiPlugins(api: Api): void {
  api.config.use(retry);
  api.config.use(htmlByDefault);
  api.config.use(withoutEmptyRows);
}

/**
 * The same inside a conversation, whose fresh Api records every result to replay it on the flow's later updates.
 * Retrying must happen inside that recording: were it outside, a recorded 429 would be replayed, and waited out
 * again, on every later step of the flow.
 */
export const conversationApiPlugins: MiddlewareFn<Context> = async (ctx, next) => {
  const recording = ctx.api.config.installedTransformers();
  const api = new Api(ctx.api.token, ctx.api.options);
  installApiPlugins(api);
  api.config.use(...recording);
  (ctx as { api: Api }).api = api;
  await next();
};
