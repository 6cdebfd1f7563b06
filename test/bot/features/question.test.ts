import { describe, expect, it } from "vitest";
import { createI18n } from "../../../src/i18n.js";
import { testChat } from "../../helpers/harness.js";

const t = createI18n();

describe("questions typed in private", () => {
  it.each([
    ["kk", "иә"],
    ["ru", "Нет."],
    ["en", "yes!"],
  ])("meets a bare yes or no (%s: %s) with a request for a question, not a search hit", async (lang, text) => {
    const replies = await testChat({ lang }).send(text);
    expect(replies.map((r) => r.text)).toEqual([t(lang as "kk" | "ru" | "en")("ask.prompt")]);
  });

  it.each(["???", "🙂🙂", "   .  "])("asks for words when a text has none: %j", async (text) => {
    const replies = await testChat({ lang: "kk" }).send(text);
    expect(replies.map((r) => r.text)).toEqual([t("kk")("input.empty")]);
  });

  it("still answers a question that merely starts with yes", async () => {
    const [reply] = await testChat({ lang: "en" }).send("yes, when were the Mazhilis elections held?");
    expect(reply?.text).not.toBe(t("en")("ask.prompt"));
    expect(reply?.text).toContain("19 March 2023");
  });
});
