import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { type ApiClientOptions, Bot, type BotError, Composer, type Context, session } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { createI18n, langFromTelegram } from "../i18n.js";
import { skipUnchangedWrites } from "../storage/unchanged-writes.js";
import { conversationApiPlugins, installApiPlugins, outageWatch } from "./api-plugins.js";
import type { BotContext, BotDeps, SessionData } from "./context.js";
import { calendarFeature } from "./features/calendar.js";
import { cancelFeature } from "./features/cancel.js";
import { deepLinkFeature } from "./features/deep-link.js";
import { fallbackFeature } from "./features/fallback.js";
import { feedbackFeature } from "./features/feedback.js";
import { flowsFeature } from "./features/flows.js";
import { helpFeature } from "./features/help.js";
import { inlineFeature } from "./features/inline.js";
import { languageFeature } from "./features/language.js";
import { questionFeature } from "./features/question.js";
import { remindFeature, remindLanguage } from "./features/remind.js";
import { startFeature } from "./features/start.js";
import { topicsFeature } from "./features/topics.js";
import { admit } from "./middlewares/admit.js";
import { trackCallbackAnswers, wasAnswered } from "./middlewares/callback-answer.js";
import { i18nMiddleware } from "./middlewares/i18n.js";
import { languageTag } from "./middlewares/language-tag.js";
import { onceOnly } from "./middlewares/once.js";
import { lockAcrossInstances, orderKeys } from "./middlewares/order.js";
import { protect } from "./middlewares/protect.js";

export interface CreateBotOptions {
  botInfo?: UserFromGetMe;
  client?: ApiClientOptions;
}

const userKey = (ctx: Context) => ctx.from?.id.toString();

function describeError(err: BotError<BotContext>) {
  const e = err.error as { name?: string; message?: string; description?: string };
  return { update_id: err.ctx.update.update_id, error: e?.name ?? String(e), message: e?.description ?? e?.message };
}

export function createBot(token: string, deps: BotDeps, options: CreateBotOptions = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, { botInfo: options.botInfo, client: options.client });
  const watch = outageWatch(deps.logger);
  installApiPlugins(bot.api, watch);

  if (deps.metrics) {
    const { metrics } = deps;
    bot.use((ctx, next) => {
      metrics.countUpdate(ctx.update);
      return next();
    });
  }
  // Before the per-chat queue, so a redelivered update does not wait in it only to be dropped.
  bot.use(onceOnly(deps.storage));
  bot.use(trackCallbackAnswers);
  bot.use(sequentialize(orderKeys));
  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    await next();
  });

  const apologyIn = createI18n();
  const safe = bot.errorBoundary(async (err) => {
    deps.logger.error(describeError(err), "update failed");
    deps.metrics?.countError("update");
    // ctx.t is missing when the session could not be read (storage down): fall back to the Telegram language.
    const t = err.ctx.t ?? apologyIn(langFromTelegram(err.ctx.from?.language_code));
    // A failed button press is answered too, or its button keeps spinning (and in a group nothing else is said).
    if (err.ctx.callbackQuery && !wasAnswered(err.ctx))
      await err.ctx.answerCallbackQuery({ text: t("error.generic") }).catch(() => {});
    if (err.ctx.chat?.type === "private") {
      await err.ctx.reply(t("error.generic")).catch(() => {});
    }
  });

  safe.use(admit);
  safe.use(lockAcrossInstances);
  safe.use(
    session<SessionData, BotContext>({
      initial: () => ({}),
      getSessionKey: userKey,
      storage: skipUnchangedWrites(deps.storage.session),
    }),
  );
  safe.use(i18nMiddleware());
  safe.use(languageTag);
  safe.use(protect);
  // Before the features that change the language, so that a subscriber's language follows.
  safe.use(remindLanguage);
  safe.use(inlineFeature);
  // Everything after the flows, once: the flows hand it a command or a menu button pressed mid-flow, then resume.
  const afterFlows = new Composer<BotContext>(
    // Questions are most of the traffic and only ever plain text, which no later feature handles: answer them first.
    questionFeature,
    deepLinkFeature,
    startFeature,
    helpFeature,
    languageFeature,
    topicsFeature,
    calendarFeature,
    remindFeature,
    feedbackFeature,
    fallbackFeature,
  );
  const outside = afterFlows.middleware();
  safe.use((ctx, next) => {
    ctx.outsideFlow = async () => void (await outside(ctx, () => Promise.resolve()));
    return next();
  });
  safe.use(
    conversations<BotContext, BotContext>({
      storage: deps.storage.conversations as never,
      plugins: [conversationApiPlugins(watch)],
    }),
  );
  safe.use(cancelFeature);
  safe.use(flowsFeature);
  safe.use(afterFlows);

  bot.catch((err) => deps.logger.error(describeError(err), "unhandled bot error"));
  return bot;
}
