import { describe, expect, it } from "vitest";
import { FakeTelegram } from "../../src/local/fake-telegram.js";
import { contractProblem, parseHtml } from "../../src/local/telegram-contract.js";

const send = (text: string, extra: Record<string, unknown> = {}) =>
  contractProblem("sendMessage", { chat_id: 1, text, parse_mode: "HTML", ...extra });
const buttons = (...data: string[]) => ({
  reply_markup: { inline_keyboard: [data.map((d) => ({ text: "x", callback_data: d }))] },
});

describe("the Bot API contract the fake enforces", () => {
  it.each([
    ['<b>bold</b> and <a href="https://example.kz/a?b=1&amp;c=2">a link</a>', undefined],
    ["1 &lt; 2 &amp;&amp; 3 &gt; 2, &#8470;", undefined],
    ["<blockquote>quote</blockquote><code>x</code><pre>y</pre>", undefined],
    ["Tom & Jerry", /unescaped "&"/],
    ["<script>alert(1)</script>", /unsupported start tag "script"/],
    ["<b>open", /can't find end tag/],
    ["<b><i>crossed</b></i>", /unmatched end tag/],
    ['<a href="https://x.kz/"quoted"">x</a>', /bad link/],
    ["a > b", /unescaped ">"/],
    ["<b> </b>", /empty/],
    ["я".repeat(4096), undefined],
    ["я".repeat(4097), /too long/],
    [`<b>${"я".repeat(4096)}</b>`, undefined],
  ])("%#: %s", (text, problem) => {
    const found = send(text);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });

  it("counts callback data in bytes, not characters", () => {
    expect(send("ok", buttons("a".repeat(64)))).toBeUndefined();
    expect(send("ok", buttons("я".repeat(32)))).toBeUndefined();
    expect(send("ok", buttons("я".repeat(33)))).toBe("BUTTON_DATA_INVALID");
    expect(contractProblem("editMessageReplyMarkup", buttons("a".repeat(65)))).toBe("BUTTON_DATA_INVALID");
  });

  it("rejects a toast over 200 characters and a button URL that is not a URL", () => {
    expect(contractProblem("answerCallbackQuery", { callback_query_id: "1", text: "x".repeat(200) })).toBeUndefined();
    expect(contractProblem("answerCallbackQuery", { callback_query_id: "1", text: "x".repeat(201) })).toBe(
      "MESSAGE_TOO_LONG",
    );
    const url = (u: string) => ({ reply_markup: { inline_keyboard: [[{ text: "x", url: u }]] } });
    expect(send("ok", url("https://t.me/saylau_bot?start=a"))).toBeUndefined();
    expect(send("ok", url("election.gov.kz"))).toBe("BUTTON_URL_INVALID");
  });

  it("reads the text Telegram shows, for the length check", () => {
    expect(parseHtml("<b>Hi</b> &amp; bye")).toEqual({ text: "Hi x bye" });
  });

  it("answers a broken call with Telegram's 400, records it, and lets a callback query be answered only once", async () => {
    const telegram = new FakeTelegram();
    const call = (method: string, payload: Record<string, unknown>) =>
      telegram.fetch(`https://api.telegram.org/bot1:x/${method}`, { method: "POST", body: JSON.stringify(payload) });

    const bad = await call("sendMessage", { chat_id: 1, text: "a & b", parse_mode: "HTML" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      ok: false,
      error_code: 400,
      description: expect.stringMatching(/^Bad Request: can't parse entities/),
    });

    expect((await call("answerCallbackQuery", { callback_query_id: "q1" })).status).toBe(200);
    expect((await call("answerCallbackQuery", { callback_query_id: "q1" })).status).toBe(400);
    expect((await call("answerCallbackQuery", { callback_query_id: "q2" })).status).toBe(200);
    expect(telegram.violations.map((v) => v.method)).toEqual(["sendMessage", "answerCallbackQuery"]);
    expect(telegram.calls.map((c) => c.method)).toEqual(["answerCallbackQuery", "answerCallbackQuery"]);
  });
});
