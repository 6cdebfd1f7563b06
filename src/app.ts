import type { BotDeps } from "./bot/context.js";
import { type CreateBotOptions, createBot } from "./bot/create-bot.js";
import { loadKnowledge } from "./knowledge/load.js";
import { loadSearcher } from "./knowledge/search-cache.js";
import { FakeTelegram, LOCAL_BOT_INFO } from "./local/fake-telegram.js";
import { LocalChat } from "./local/local-chat.js";
import type { LocalUser } from "./local/updates.js";
import { createLogger } from "./logger.js";
import { memoryNotifyStore } from "./notify/store.js";
import { withDecisionCache } from "./search/cache.js";
import { memoryStorage } from "./storage/index.js";

/** A decision and its question take well under 1 KB, so the cache stays under 5 MB. */
export const DECISION_CACHE_SIZE = 5_000;

export function createDeps(overrides: Partial<BotDeps> = {}): BotDeps {
  const kb = overrides.kb ?? loadKnowledge();
  return {
    kb,
    searcher: overrides.searcher ?? withDecisionCache(loadSearcher(kb), DECISION_CACHE_SIZE),
    logger: overrides.logger ?? createLogger(process.env.LOG_LEVEL ?? "warn"),
    storage: overrides.storage ?? memoryStorage(),
    notify: overrides.notify ?? memoryNotifyStore(),
    now: overrides.now ?? (() => new Date()),
    ...(overrides.onDecision ? { onDecision: overrides.onDecision } : {}),
    ...(overrides.flowIdleMs !== undefined ? { flowIdleMs: overrides.flowIdleMs } : {}),
  };
}

export interface LocalChatOptions extends CreateBotOptions {
  /** Wraps the fake Bot API's fetch: a test can delay, fail or count calls (conversations' own Api included). */
  wrapFetch?: (fetch: typeof globalThis.fetch) => typeof globalThis.fetch;
  token?: string;
}

/** The real bot wired to an in-process fake Bot API: used by the terminal chat, `ask` and the tests. */
export function createLocalChat(
  deps: BotDeps = createDeps(),
  user?: LocalUser,
  options: LocalChatOptions = {},
): LocalChat {
  const { wrapFetch, token = "local:token", ...botOptions } = options;
  const telegram = new FakeTelegram();
  const fetch = wrapFetch ? wrapFetch(telegram.fetch) : telegram.fetch;
  const bot = createBot(token, deps, {
    botInfo: LOCAL_BOT_INFO,
    ...botOptions,
    client: { ...botOptions.client, fetch },
  });
  return new LocalChat(bot, telegram, user);
}
