import { describe, expect, it } from "vitest";
import { typedChoice } from "../../../src/bot/conversations/typed-answer.js";

const offices = [
  { value: "kurultai", label: "Kurultai (2026 rules)" },
  { value: "maslikhat", label: "Мәслихат (2023 жылғы ереже)" },
  { value: "mazhilisList", label: "Mazhilis, party list (2023, history)" },
];

describe("a typed reply to a question with buttons", () => {
  it.each([
    ["Kurultai (2026 rules)", "kurultai"],
    ["kurultai", "kurultai"],
    ["  KURULTAI ", "kurultai"],
    ["мәслихат", "maslikhat"],
    ["mazhilis party list", "mazhilisList"],
    ["mazhilis", undefined],
    ["2026 rules", undefined],
  ])("%j names %s", (typed, value) => expect(typedChoice(typed, offices)).toBe(value));
});
