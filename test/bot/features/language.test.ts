import { describe, expect, it } from "vitest";
import { createI18n } from "../../../src/i18n.js";
import { testChat } from "../../helpers/harness.js";
import { pressData } from "./flow-helpers.js";

describe("/language", () => {
  it.each([
    ["kk", ["✓ Қазақша", "Русский", "English"]],
    ["ru", ["Қазақша", "✓ Русский", "English"]],
    ["en", ["Қазақша", "Русский", "✓ English"]],
  ] as const)("marks the language in use (%s)", async (lang, labels) => {
    const chat = testChat({ lang, userId: 610 });
    await chat.send("/language");
    expect(chat.lastButtons.map((b) => b.text)).toEqual(labels);
  });

  it("moves the mark after a switch", async () => {
    const chat = testChat({ lang: "en", userId: 611 });
    await chat.send("/language");
    await chat.press(chat.lastButtons.findIndex((b) => b.data === "l:ru") + 1);
    await chat.send("/language");
    expect(chat.lastButtons.map((b) => b.text)).toEqual(["Қазақша", "✓ Русский", "English"]);
  });

  it("names the switch under an answer in another language for what it does: switching the language", async () => {
    const chat = testChat({ lang: "en", userId: 612 });
    const [reply] = await chat.send("во сколько открываются участки");
    expect(reply?.buttons.map((b) => b.text)).toContain("🌐 Переключить чат на русский");
  });

  it("says a switch once, as a message, without a toast of the same words", async () => {
    const chat = testChat({ lang: "en", userId: 613 });
    await chat.send("/language");
    const replies = await chat.press(chat.lastButtons.findIndex((b) => b.data === "l:kk") + 1);
    expect(replies.map((r) => r.text)).toEqual(["Жақсы, енді қазақша жауап беремін."]);
    const toasts = chat.lastCalls.filter((c) => c.method === "answerCallbackQuery");
    expect(toasts.map((c) => c.payload.text)).toEqual([undefined]);
  });
});

describe("a button under an answer in another language than the chat's", () => {
  it.each([
    ["en", "сайлауда кім дауыс бере алады", "🗳 Қалай дауыс беремін?", "kk"],
    ["kk", "кто может голосовать на выборах", "🗳 Как мне проголосовать?", "ru"],
    ["ru", "who can vote in the elections", "🗳 How does voting work for me?", "en"],
  ] as const)(
    "goes on in the answer's language, at every step of the flow it opens (%s chat)",
    async (chatLang, question, button, answerLang) => {
      const reference = testChat({ lang: answerLang });
      const expected = [(await reference.send("/voting"))[0]?.text, (await reference.press(1))[0]?.text];
      const expectedHelp = (await reference.send("/help"))[0]?.text;

      const chat = testChat({ lang: chatLang });
      await chat.send(question);
      const index = chat.lastButtons.findIndex((b) => b.text === button);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(chat.lastButtons[index]?.data).toMatch(new RegExp(`~${answerLang}$`));
      const seen = [(await chat.press(index + 1))[0]?.text, (await chat.press(1))[0]?.text];
      expect(seen).toEqual(expected);
      expect((await chat.send("/help"))[0]?.text).toBe(expectedHelp);
    },
  );

  it("carries no tag when the answer is in the chat's language", async () => {
    const chat = testChat({ lang: "kk" });
    await chat.send("сайлауда кім дауыс бере алады");
    expect(chat.lastButtons.filter((b) => b.data?.includes("~"))).toEqual([]);
  });
});

describe.each(["kk", "ru", "en"] as const)("the language in use pressed again (%s)", (lang) => {
  it("says the bot already answers in it, not that it switched", async () => {
    const chat = testChat({ lang });
    const replies = await pressData(chat, `l:${lang}`);
    expect(replies.map((r) => r.text)).toEqual([createI18n()(lang)("language.already")]);
  });
});

// Walkthrough 14: "English" typed after /language found the official sources; "на русском пожалуйста" no answer.
describe("a language named in a message", () => {
  const t = createI18n();
  it.each([
    ["kk", "English", "en"],
    ["en", "на русском пожалуйста", "ru"],
    ["ru", "қазақша жаз", "kk"],
    ["kk", "switch to Russian", "ru"],
    // walkthrough 15
    ["en", "нет, верни русский", "ru"],
  ] as const)("switches the chat (%s: %j → %s)", async (lang, text, to) => {
    const chat = testChat({ lang });
    const [reply] = await chat.send(text);
    expect(reply?.text).toBe(t(to)("language.changed"));
    const [next] = await chat.send("/help");
    expect(next?.text.split("\n")[0]).toBe(
      t(to)("help.text")
        .split("\n")[0]!
        .replace(/<\/?b>/g, ""),
    );
  });

  it("says the language in use is already on", async () => {
    const [reply] = await testChat({ lang: "en" }).send("english");
    expect(reply?.text).toBe(t("en")("language.already"));
  });

  it.each(["english ballot", "русский язык в бюллетене", "на каком языке бюллетень"])(
    "leaves a question that mentions a language to the search (%j)",
    async (text) => {
      const [reply] = await testChat({ lang: "en" }).send(text);
      expect(reply?.text).not.toBe(t("en")("language.changed"));
      expect(reply?.text).not.toBe(t("en")("language.already"));
    },
  );

  it("inside a flow, asks the step again in the language named", async () => {
    const chat = testChat({ lang: "en" });
    await chat.send("/eligibility");
    const replies = await chat.send("орысша");
    expect(replies.map((r) => r.text).join("\n")).toContain(t("ru")("language.changed"));
    expect(replies.at(-1)?.text).toContain(t("ru")("eligibility.chooseOffice"));
  });
});
