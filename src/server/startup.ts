import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../logger.js";

/** A start-up step that could not be done: the process says what and where in one line, and exits non-zero. */
export class StartupError extends Error {
  override name = "StartupError";
}

export interface StartupRetry {
  attempts: number;
  /** The wait before the second attempt; it doubles for each later one. */
  backoffMs: number;
}

export const STARTUP_RETRY: StartupRetry = { attempts: 3, backoffMs: 1000 };

/**
 * Runs a call the bot cannot start without (getMe, setWebhook) a few times, each bounded by the Api's own time-out,
 * then gives up with a StartupError naming the step and the place: never an endless silent retry.
 */
export async function startupCall<T>(
  what: string,
  where: string,
  call: () => Promise<T>,
  logger: Logger,
  retry: StartupRetry = STARTUP_RETRY,
): Promise<T> {
  let last: unknown;
  for (let attempt = 1; attempt <= retry.attempts; attempt++) {
    try {
      return await call();
    } catch (err) {
      last = err;
      if (attempt < retry.attempts) {
        logger.warn({ step: what, attempt, err: (err as Error).message }, "start-up call failed; trying again");
        await sleep(retry.backoffMs * 2 ** (attempt - 1));
      }
    }
  }
  throw new StartupError(
    `${what} failed at ${where} after ${retry.attempts} attempts: ${(last as Error)?.message ?? String(last)}`,
  );
}
