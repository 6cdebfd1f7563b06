import { autoRetry } from "@grammyjs/auto-retry";
import { Api, type Context, type MiddlewareFn, type Transformer } from "grammy";

const retry = autoRetry({ maxRetryAttempts: 6, maxDelaySeconds: 60 });

const FORMATTED = new Set(["sendMessage", "editMessageText"]);

// Every text the bot writes is Telegram HTML, with user-supplied parts escaped where they are interpolated.
const htmlByDefault: Transformer = (prev, method, payload, signal) =>
  prev(method, FORMATTED.has(method) ? { parse_mode: "HTML", ...payload } : payload, signal);

// Transformers every Api the bot uses must carry.
export function installApiPlugins(api: Api): void {
  api.config.use(retry);
  api.config.use(htmlByDefault);
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
