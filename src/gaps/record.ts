import type { Lang } from "../knowledge/schema.js";
import type { Logger } from "../logger.js";
import { maskPersonalData } from "../logger.js";
import type { GapLog } from "../storage/index.js";

/** What the bot made of one question: the entry it answered with (null when none) and what it suggested. */
export interface DecisionTrace {
  query: string;
  lang: Lang;
  id: string | null;
  score: number | null;
  suggestions: string[];
}

const MAX_LENGTH = 300;

/** An onDecision hook that keeps the questions the bot could not answer: the text (personal data masked), its language and the time, never who asked. */
export function gapRecorder(
  gaps: GapLog,
  logger: Logger,
  now: () => Date = () => new Date(),
): (trace: DecisionTrace) => void {
  return (trace) => {
    if (trace.id !== null) return;
    const q = maskPersonalData(trace.query.trim()).slice(0, MAX_LENGTH);
    if (!q) return;
    gaps
      .record({ q, lang: trace.lang, at: now().toISOString() })
      .catch((err: Error) => logger.warn({ err: err.message }, "could not record an unanswered question"));
  };
}
