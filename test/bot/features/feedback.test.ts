import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFeedback } from "../../../src/gaps/feedback.js";
import { createI18n } from "../../../src/i18n.js";
import { fileStorage, memoryStorage } from "../../../src/storage/index.js";
import { testChat } from "../../helpers/harness.js";

const QUESTION = "What time do polling stations open?";

describe("feedback on answers", () => {
  it("puts 👍/👎 under an answer and counts a vote without the voter", async () => {
    const storage = memoryStorage();
    const chat = testChat({ lang: "en", deps: { storage } });
    const [answer] = await chat.send(QUESTION);
    const up = answer?.buttons.find((b) => b.text === "👍");
    const down = answer?.buttons.find((b) => b.text === "👎");
    expect(up?.data).toBe("f:polling-hours:up");
    expect(down?.data).toBe("f:polling-hours:down");

    await chat.press(up!);
    expect(chat.lastCalls[0]).toMatchObject({
      method: "answerCallbackQuery",
      payload: { text: expect.stringContaining("Thank you") },
    });
    const other = testChat({ lang: "ru", deps: { storage } });
    await other.send("Во сколько открываются участки?");
    await other.press(other.lastButtons.find((b) => b.text === "👎")!);
    expect(other.lastCalls[0]?.payload.text).toContain("Спасибо");

    expect(await readFeedback(storage)).toEqual(new Map([["polling-hours", { up: 1, down: 1 }]]));
    const stored = JSON.stringify(await storage.counters.all());
    expect(stored).not.toContain(String(chat.user.id));
    expect(stored).not.toContain(String(other.user.id));
  });

  it("takes one vote per message in the local chat too, whose presses carry the message's buttons", async () => {
    const storage = memoryStorage();
    const chat = testChat({ lang: "en", deps: { storage } });
    await chat.send(QUESTION);
    const up = chat.lastButtons.find((b) => b.text === "👍")!;
    const replies = await chat.press(up);
    expect(replies.map((r) => r.method)).toEqual(["editMessageReplyMarkup"]);
    expect(chat.lastButtons.map((b) => b.text)).not.toContain("👍");
    expect(chat.lastButtons.length).toBeGreaterThan(0);
    expect(await readFeedback(storage)).toEqual(new Map([["polling-hours", { up: 1, down: 0 }]]));
  });

  it.each([
    ["kk", "What time do polling stations open?", "Мен не істей аламын"],
    ["en", "Во сколько открываются участки?", "What I can do"],
  ])(
    "in a %s chat, a 👍 under an answer in another language counts once and keeps the chat's language",
    async (lang, q, help) => {
      const storage = memoryStorage();
      const chat = testChat({ lang, deps: { storage } });
      await chat.send(q);
      await chat.press(chat.lastButtons.find((b) => b.text === "👍")!);
      expect(chat.lastButtons.map((b) => b.text)).not.toContain("👍");
      expect((await chat.send("/help"))[0]?.text).toContain(help);
      expect(await readFeedback(storage)).toEqual(new Map([["polling-hours", { up: 1, down: 0 }]]));
    },
  );

  it.each(["kk", "ru", "en"] as const)(
    "in %s, a press whose button is no longer on the message (a double tap, a 👎 after the 👍) is not a second vote",
    async (lang) => {
      const storage = memoryStorage();
      const chat = testChat({ lang, deps: { storage } });
      const press = (update_id: number, data: string, keyboard: { text: string; callback_data: string }[][]) =>
        chat.dispatch({
          update_id,
          callback_query: {
            id: String(update_id),
            chat_instance: "x",
            data,
            from: { ...chat.user, is_bot: false },
            message: {
              message_id: 5,
              date: 0,
              chat: { id: chat.user.id, type: "private", first_name: "T" },
              text: "answer",
              reply_markup: { inline_keyboard: keyboard },
            },
          },
        });
      await press(1, "f:polling-hours:up", [
        [
          { text: "👍", callback_data: "f:polling-hours:up" },
          { text: "👎", callback_data: "f:polling-hours:down" },
        ],
      ]);
      // The same message after the 👍 took both away, as a second device or a late tap still shows it.
      await press(2, "f:polling-hours:down", [[{ text: "Related", callback_data: "a:election-date" }]]);
      expect(await readFeedback(storage)).toEqual(new Map([["polling-hours", { up: 1, down: 0 }]]));
      const toast = chat.lastCalls.find((c) => c.method === "answerCallbackQuery");
      expect(toast?.payload.text).toBe(createI18n()(lang)("feedback.already"));
    },
  );

  it("removes the rating buttons from the message once used", async () => {
    const chat = testChat({ lang: "en" });
    await chat.dispatch({
      update_id: 1,
      callback_query: {
        id: "7",
        chat_instance: "x",
        data: "f:polling-hours:up",
        from: { id: chat.user.id, is_bot: false, first_name: "T" },
        message: {
          message_id: 5,
          date: 0,
          chat: { id: chat.user.id, type: "private", first_name: "T" },
          text: "answer",
          reply_markup: {
            inline_keyboard: [
              [{ text: "Related", callback_data: "a:election-date" }],
              [
                { text: "👍", callback_data: "f:polling-hours:up" },
                { text: "👎", callback_data: "f:polling-hours:down" },
                { text: "Share", url: "https://t.me/share/url?url=x" },
              ],
            ],
          },
        },
      },
    });
    const edit = chat.lastCalls.find((c) => c.method === "editMessageReplyMarkup");
    expect(edit?.payload.reply_markup).toEqual({
      inline_keyboard: [
        [{ text: "Related", callback_data: "a:election-date" }],
        [{ text: "Share", url: "https://t.me/share/url?url=x" }],
      ],
    });
  });

  it.each(["f:no-such-entry:up", "f:polling-hours:sideways", "f:", "f:POLLING:up"])(
    "answers forged data %s politely and counts nothing",
    async (data) => {
      const storage = memoryStorage();
      const chat = testChat({ lang: "en", deps: { storage } });
      await chat.dispatch({
        update_id: 2,
        callback_query: {
          id: "1",
          chat_instance: "x",
          data,
          from: { id: chat.user.id, is_bot: false, first_name: "T" },
        },
      });
      expect(chat.lastCalls).toMatchObject([
        { method: "answerCallbackQuery", payload: { text: expect.stringContaining("no longer active") } },
      ]);
      expect((await readFeedback(storage)).size).toBe(0);
    },
  );
});

describe("readFeedback with file storage", () => {
  it("keeps the counts across restarts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "feedback-"));
    const chat = testChat({ lang: "en", deps: { storage: fileStorage(dir) } });
    await chat.send(QUESTION);
    await chat.press(chat.lastButtons.find((b) => b.text === "👍")!);
    expect(await readFeedback(fileStorage(dir))).toEqual(new Map([["polling-hours", { up: 1, down: 0 }]]));
  });
});
