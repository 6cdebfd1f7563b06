import { autoRetry } from "@grammyjs/auto-retry";
import type { Api, Transformer } from "grammy";

const retry = autoRetry({ maxRetryAttempts: 6, maxDelaySeconds: 60 });

const FORMATTED = new Set(["sendMessage", "editMessageText"]);

// Every text the bot writes is Telegram HTML, with user-supplied parts escaped where they are interpolated.
const htmlByDefault: Transformer = (prev, method, payload, signal) =>
  prev(method, FORMATTED.has(method) ? { parse_mode: "HTML", ...payload } : payload, signal);

// Transformers every Api the bot uses must carry, including the fresh Api each conversation builds.
export function installApiPlugins(api: Api): void {
  api.config.use(retry);
  api.config.use(htmlByDefault);
}
