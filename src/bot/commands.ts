import type { Api } from "grammy";
import { createI18n, DEFAULT_LANG, type TFunction } from "../i18n.js";
import { LANGS, type Lang } from "../knowledge/schema.js";
import type { Logger } from "../logger.js";

export const COMMANDS = [
  "start",
  "help",
  "topics",
  "eligibility",
  "voting",
  "calendar",
  "remind",
  "language",
  "cancel",
] as const;

export function commandList(t: TFunction) {
  return COMMANDS.map((command) => ({ command, description: t(`commands.${command}`) }));
}

/** Sets the command menu for kk, ru, en and a default; a failure is logged and the bot carries on. */
export async function registerCommands(
  api: Api,
  logger: Logger,
  tFor: (lang: Lang) => TFunction = createI18n(),
): Promise<boolean> {
  const menus: [Lang | undefined, Lang][] = [[undefined, DEFAULT_LANG], ...LANGS.map((l): [Lang, Lang] => [l, l])];
  const results = await Promise.all(
    menus.map(async ([languageCode, lang]) => {
      try {
        await api.setMyCommands(commandList(tFor(lang)), languageCode ? { language_code: languageCode } : {});
        return true;
      } catch (err) {
        logger.warn(
          { language: languageCode ?? "default", err: (err as Error).message },
          "setMyCommands failed; continuing",
        );
        return false;
      }
    }),
  );
  return results.every(Boolean);
}
