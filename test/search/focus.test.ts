import { describe, expect, it } from "vitest";
import { questionFocus } from "../../src/search/focus.js";

const STORY =
  "Здравствуйте. Я студентка третьего курса, учусь в Алматы, а прописана в Шымкенте у родителей. " +
  "Мама говорит, что надо ехать домой, а подруги говорят, что можно и здесь. " +
  "Билеты дорогие, и сессия как раз в марте. ";

describe("questionFocus", () => {
  it.each([
    ["a short message, as written", "когда выборы?", 400, "когда выборы?"],
    ["a message at the limit, as written", "a".repeat(400), 400, "a".repeat(400)],
    [
      "a story with a question: the question",
      `${STORY}Могу ли я проголосовать по месту учёбы?`,
      100,
      "Могу ли я проголосовать по месту учёбы?",
    ],
    [
      "two questions that fit: both",
      `${STORY}Нужно ли открепительное? И где его взять?`,
      100,
      "Нужно ли открепительное? И где его взять?",
    ],
    [
      "no question mark: the last sentences",
      `${STORY}Подскажите про открепительное удостоверение.`,
      60,
      "Подскажите про открепительное удостоверение.",
    ],
  ])("%s", (_, text, max, expected) => {
    expect(questionFocus(text, max)).toBe(expected);
  });

  it("never returns more than max characters", () => {
    const text = `${"слово ".repeat(300)}?`;
    expect(questionFocus(text, 400).length).toBeLessThanOrEqual(400);
  });
});
