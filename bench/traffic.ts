import type { Update } from "grammy/types";
import type { KnowledgeBase } from "../src/knowledge/load.js";

/** An update from a private chat with user `uid`: a text message (a command gets its entity) or a button press. */
export function privateUpdate(i: number, uid: number, input: { text: string } | { button: string }): Update {
  const chat = { id: uid, type: "private" as const, first_name: "B" };
  const from = { id: uid, is_bot: false, first_name: "B", language_code: ["kk", "ru", "en"][i % 3]! };
  if ("button" in input)
    return {
      update_id: i,
      callback_query: {
        id: String(i),
        chat_instance: "b",
        from,
        data: input.button,
        message: { message_id: 1, date: 0, chat, text: "" },
      },
    };
  const { text } = input;
  const entities = text.startsWith("/")
    ? [{ type: "bot_command" as const, offset: 0, length: text.length }]
    : undefined;
  return { update_id: i, message: { message_id: i, date: 0, chat, from, text, ...(entities ? { entities } : {}) } };
}

/** A realistic mix: questions in three languages (paraphrased from the knowledge base), /start, button presses, junk. */
export function trafficFor(kb: KnowledgeBase, users = 500): (i: number) => Update {
  const questions = kb.entries
    .flatMap((e) => [e.questions.kk[0], e.questions.ru[0], e.questions.en[0]])
    .filter((q): q is string => !!q);
  const extra = ["привет", "???", "когда выборы в 2030 году и кто победит", "Сайлау"];
  return (i) => {
    const uid = 1 + (i % users);
    const kind = i % 10;
    if (kind === 9) return privateUpdate(i, uid, { button: "m:main" });
    const text = kind === 8 ? "/start" : kind === 7 ? extra[i % extra.length]! : questions[(i * 7) % questions.length]!;
    return privateUpdate(i, uid, { text });
  };
}
