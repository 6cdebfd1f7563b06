import { createDeps, createLocalChat } from "../../src/app.js";
import type { BotDeps } from "../../src/bot/context.js";
import type { LocalChat } from "../../src/local/local-chat.js";
import { createLogger } from "../../src/logger.js";

export const silentLogger = createLogger("silent");

let nextUser = 1000;

/** A fresh user talking to the real bot through the fetch-level fake Bot API. */
export function testChat(options: { lang?: string; deps?: Partial<BotDeps>; userId?: number } = {}): LocalChat {
  const deps = createDeps({ logger: silentLogger, ...options.deps });
  return createLocalChat(deps, {
    id: options.userId ?? nextUser++,
    first_name: "Test",
    ...(options.lang ? { language_code: options.lang } : {}),
  });
}
