import { setTimeout as sleep } from "node:timers/promises";
import { run } from "@grammyjs/runner";
import type { Api, Bot, Context } from "grammy";
import { ALLOWED_UPDATES } from "../bot/allowed-updates.js";
import type { Logger } from "../logger.js";

/** Long polling through the runner; the function it returns stops fetching and waits for the updates in flight. */
export async function startPolling<C extends Context>(
  bot: Bot<C>,
  setupApi: Api,
  logger: Logger,
): Promise<() => Promise<void>> {
  await setupApi
    .deleteWebhook()
    .catch((err: Error) => logger.warn({ err: err.message }, "deleteWebhook failed; continuing"));
  const runner = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } });
  return async () => {
    if (runner.isRunning()) await runner.stop();
    // stop() resolves once fetching has ended, which can be before the last handlers have: wait for those too.
    while (runner.size() > 0) await sleep(50);
  };
}
