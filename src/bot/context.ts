import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Context, SessionFlavor } from "grammy";
import type { DecisionTrace } from "../gaps/record.js";
import type { TFunction } from "../i18n.js";
import type { KnowledgeBase } from "../knowledge/load.js";
import type { Lang } from "../knowledge/schema.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";
import type { NotifyStore } from "../notify/types.js";
import type { Searcher } from "../search/index.js";
import type { BotStorage, SessionData } from "../storage/index.js";

export type { DecisionTrace } from "../gaps/record.js";
export type { SessionData } from "../storage/index.js";

export interface ProtectOptions {
  /** Per-user flood limit; off when absent. */
  rateLimit?: { max: number; windowMs: number };
  /** Debug only: log message texts (IINs and phone numbers masked). */
  logTexts?: boolean;
}

export interface BotDeps {
  kb: KnowledgeBase;
  searcher: Searcher;
  logger: Logger;
  storage: BotStorage;
  /** Reminder subscriptions and the record of notices sent. */
  notify: NotifyStore;
  now: () => Date;
  onDecision?: (trace: DecisionTrace) => void;
  /** A guided flow left idle this long is forgotten (FLOW_IDLE_MINUTES). */
  flowIdleMs?: number;
  protect?: ProtectOptions;
  /** Counts updates and failed ones for GET /metrics (METRICS=on). */
  metrics?: Metrics;
}

interface Extras {
  lang: Lang;
  t: TFunction;
  tIn(lang: Lang): TFunction;
  deps: BotDeps;
  setLang(lang: Lang): void;
  /** Runs the features after the guided flows on this update: a flow hands them a command typed mid-flow, then asks its question again. */
  outsideFlow(): Promise<void>;
}

export type BotContext = ConversationFlavor<Context & SessionFlavor<SessionData> & Extras>;
