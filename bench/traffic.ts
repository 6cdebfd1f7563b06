import type { Update } from "grammy/types";
import type { KnowledgeBase } from "../src/knowledge/load.js";

/** A realistic mix: questions in three languages (paraphrased from the knowledge base), /start, button presses, junk. */
export function trafficFor(kb: KnowledgeBase, users = 500): (i: number) => Update {
  const questions = kb.entries
    .flatMap((e) => [e.questions.kk[0], e.questions.ru[0], e.questions.en[0]])
    .filter((q): q is string => !!q);
  const extra = ["привет", "???", "когда выборы в 2030 году и кто победит", "Сайлау"];
  return (i) => {
    const uid = 1 + (i % users);
    const chat = { id: uid, type: "private" as const, first_name: "B" };
    const from = { id: uid, is_bot: false, first_name: "B", language_code: ["kk", "ru", "en"][i % 3]! };
    const kind = i % 10;
    if (kind === 9) {
      return {
        update_id: i,
        callback_query: {
          id: String(i),
          chat_instance: "b",
          from,
          data: "m:main",
          message: { message_id: 1, date: 0, chat, text: "" },
        },
      };
    }
    const text = kind === 8 ? "/start" : kind === 7 ? extra[i % extra.length]! : questions[(i * 7) % questions.length]!;
    const entities = text.startsWith("/")
      ? [{ type: "bot_command" as const, offset: 0, length: text.length }]
      : undefined;
    return { update_id: i, message: { message_id: i, date: 0, chat, from, text, ...(entities ? { entities } : {}) } };
  };
}
