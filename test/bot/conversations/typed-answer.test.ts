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
    ["в маслихат", "maslikhat"],
    ["for the kurultai", "kurultai"],
    // walkthrough 17: asked for politely; walkthrough 16: asked about
    ["the Kurultai please", "kurultai"],
    ["а в маслихат?", "maslikhat"],
    // walkthrough 18: in Latin letters
    ["maslihat", "maslikhat"],
    ["mazhilis", undefined],
    ["2026 rules", undefined],
  ])("%j names %s", (typed, value) => expect(typedChoice(typed, offices)).toBe(value));
});

describe("a typed place said in a sentence", () => {
  const places = (abroad: string, home: string) => [
    { value: "abroad", label: `✈️ ${abroad}` },
    { value: "home", label: `🏠 ${home}` },
  ];
  it.each([
    ["шетелде боламын", places("Шетелде", "Тіркелген жерімде")],
    ["буду за границей", places("За границей", "Дома, где я прописан(а)")],
    ["I'll be abroad", places("Abroad", "At home, where I am registered")],
  ])("%j names the place", (typed, choices) => expect(typedChoice(typed, choices)).toBe("abroad"));
});

describe("a button offered in several languages", () => {
  // The flow passes every language's labels; the same value twice is one button, not an ambiguity.
  const places = [
    { value: "abroad", label: "✈️ Шетелде" },
    { value: "home", label: "🏠 Тіркелген жерімде" },
    { value: "abroad", label: "✈️ Шетелде" },
    { value: "abroad", label: "✈️ Abroad" },
  ];
  it("reads one word that begins a label", () => expect(typedChoice("шетелдемін", places)).toBe("abroad"));
});

describe("a typed yes or no at a yes/no step", () => {
  const yesNo = [
    { value: "yes", label: "Иә" },
    { value: "no", label: "Жоқ" },
  ];
  it.each([
    ["иә толды", "yes"],
    ["иә, толды", "yes"],
    ["жоқ сотталмағанмын", "no"],
    ["да когда выборы", undefined],
  ])("%j is %s", (typed, value) => expect(typedChoice(typed, yesNo)).toBe(value));
});
