import type { BotStorage } from "../storage/index.js";

export type Vote = "up" | "down";

export interface FeedbackCounts {
  up: number;
  down: number;
}

const COUNTER_KEY = /^feedback:([a-z0-9-]+):(up|down)$/;

export const feedbackCounterKey = (entryId: string, vote: Vote) => `feedback:${entryId}:${vote}`;

/** Votes per entry id. Only counts are stored, never who voted. */
export async function readFeedback(storage: BotStorage): Promise<Map<string, FeedbackCounts>> {
  const out = new Map<string, FeedbackCounts>();
  for (const [key, value] of Object.entries(await storage.counters.all())) {
    const m = COUNTER_KEY.exec(key);
    if (!m) continue;
    const counts = out.get(m[1]!) ?? { up: 0, down: 0 };
    counts[m[2] as Vote] += value;
    out.set(m[1]!, counts);
  }
  return out;
}
