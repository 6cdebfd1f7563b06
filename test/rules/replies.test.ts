import { describe, expect, it } from "vitest";
import { isBackReply, isRestartReply, readYesNo } from "../../src/rules/replies.js";

describe("readYesNo", () => {
  it.each([
    // kk
    ["иә", "yes"],
    ["Иә.", "yes"],
    ["ия", "yes"],
    ["иа", "yes"],
    ["әрине", "yes"],
    ["бар", "yes"],
    ["жоқ", "no"],
    ["жок", "no"],
    ["Жоқ!", "no"],
    // ru
    ["да", "yes"],
    ["Да, конечно", "yes"],
    ["ага", "yes"],
    ["конечно", "yes"],
    ["нет", "no"],
    ["Нет.", "no"],
    ["неа", "no"],
    ["нет, не", "no"],
    // en
    ["yes", "yes"],
    ["Yes, I am", "yes"],
    ["yeah", "yes"],
    ["of course", "yes"],
    ["y", "yes"],
    ["no", "no"],
    ["No, I'm not", "no"],
    ["nope", "no"],
    // Kazakh and Russian in Latin letters
    ["ia", "yes"],
    ["Iya", "yes"],
    ["jok", "no"],
    ["zhoq", "no"],
    ["da", "yes"],
    ["net", "no"],
  ] as const)("reads %j as %s", (text, expected) => expect(readYesNo(text)).toBe(expected));

  it.each([
    "жоқ емес",
    "не знаю",
    "yes and no",
    "not sure",
    "maybe",
    "да нет наверное нет",
    "30",
    "",
    "blue",
    "yes but I lived abroad for two years",
  ])("does not guess on %j", (text) => expect(readYesNo(text)).toBeUndefined());
});

describe("isBackReply and isRestartReply", () => {
  it.each(["назад", "Назад", "артқа", "артка", "back", "Back", "go back", "вернуться", "nazad", "artqa"])(
    "%j is Back",
    (text) => expect(isBackReply(text)).toBe(true),
  );
  it.each(["заново", "сначала", "басынан", "start over", "restart", "zanovo", "basynan"])("%j is Start over", (text) =>
    expect(isRestartReply(text)).toBe(true),
  );
  it.each(["назад в СССР", "backpack", "no", "30"])("%j is neither", (text) => {
    expect(isBackReply(text)).toBe(false);
    expect(isRestartReply(text)).toBe(false);
  });
});
