import { autoRetry } from "@grammyjs/auto-retry";
import type { Api } from "grammy";

const retry = autoRetry({ maxRetryAttempts: 6, maxDelaySeconds: 60 });

// Transformers every Api the bot uses must carry, including the fresh Api each conversation builds.
export function installApiPlugins(api: Api): void {
  api.config.use(retry);
}
