import { describe, expect, it } from "vitest";
import { createDeps } from "../../src/app.js";
import { createBot } from "../../src/bot/create-bot.js";
import { createI18n } from "../../src/i18n.js";
import { FakeTelegram, LOCAL_BOT_INFO } from "../../src/local/fake-telegram.js";
import { callbackUpdate } from "../../src/local/updates.js";
import { memoryStorage } from "../../src/storage/index.js";
import { silentLogger, testChat } from "../helpers/harness.js";

describe("the bot", () => {
  it.each([
    ["ru", "Здравствуйте"],
    ["kk", "Сәлеметсіз бе"],
    ["en", "Hello"],
    ["fr", "Hello"],
  ])("greets a %s user in their language with the main menu", async (lang, greeting) => {
    const chat = testChat({ lang });
    const [reply] = await chat.send("/start");
    expect(reply?.text).toContain(greeting);
    expect(reply?.buttons.length).toBe(7);
    expect(chat.lastCalls.find((c) => c.method === "sendMessage")?.payload.parse_mode).toBe("HTML");
  });

  it("answers a question with its source and as-of date", async () => {
    const chat = testChat({ lang: "en" });
    const [reply] = await chat.send("What time do polling stations open?");
    expect(reply?.text).toMatch(/07:00/);
    expect(reply?.text).toMatch(/Sources:.*https?:\/\//);
    expect(reply?.text).toMatch(/As of 19 March 2023/);
  });

  it("hints at text when it gets a sticker", async () => {
    const chat = testChat({ lang: "ru" });
    const replies = await chat.dispatch({
      update_id: 1,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: chat.user.id, type: "private", first_name: "T" },
        from: { id: chat.user.id, is_bot: false, first_name: "T", language_code: "ru" },
        sticker: {
          file_id: "x",
          file_unique_id: "x",
          type: "regular",
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      },
    });
    expect(replies.map((r) => r.text)).toEqual([
      "Я понимаю только текст. Напишите свой вопрос или нажмите /start, чтобы открыть меню.",
    ]);
  });

  it("answers a forged button press politely", async () => {
    const chat = testChat({ lang: "en" });
    await chat.dispatch({
      update_id: 2,
      callback_query: {
        id: "1",
        chat_instance: "x",
        data: "a:no-such-entry",
        from: { id: chat.user.id, is_bot: false, first_name: "T" },
      },
    });
    expect(chat.lastCalls).toMatchObject([
      { method: "answerCallbackQuery", payload: { text: expect.stringContaining("no longer active") } },
    ]);
  });

  it("remembers the chosen language across restarts", async () => {
    const storage = memoryStorage();
    const first = testChat({ lang: "en", userId: 42, deps: { storage } });
    await first.send("/language");
    await first.press(first.lastButtons.findIndex((b) => b.data === "l:kk") + 1);
    const second = testChat({ lang: "en", userId: 42, deps: { storage } });
    const [reply] = await second.send("/start");
    expect(reply?.text).toContain("Сәлеметсіз бе");
  });
});

describe("a button press whose handling fails after it was answered", () => {
  it("is answered once, and the apology comes as a message", async () => {
    const telegram = new FakeTelegram();
    let failed = false;
    telegram.intercept((call) => {
      if (call.method !== "sendMessage" || failed) return undefined;
      failed = true;
      return new Response(
        JSON.stringify({ ok: false, error_code: 400, description: "Bad Request: something went wrong" }),
        { headers: { "content-type": "application/json" } },
      );
    });
    const bot = createBot("1:cb", createDeps({ logger: silentLogger }), {
      botInfo: LOCAL_BOT_INFO,
      client: { fetch: telegram.fetch },
    });
    await bot.handleUpdate(callbackUpdate("a:polling-hours", 1, { id: 881, first_name: "C", language_code: "en" }));
    const calls = telegram.calls.map((c) => c.method);
    expect(calls.filter((m) => m === "answerCallbackQuery")).toHaveLength(1);
    expect(telegram.calls.filter((c) => c.method === "sendMessage").map((c) => c.payload.text)).toEqual([
      createI18n()("en")("error.generic"),
    ]);
  });
});
