import type { Message, Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createDeps, createLocalChat } from "../../../src/app.js";
import type { BotDeps } from "../../../src/bot/context.js";
import { createI18n } from "../../../src/i18n.js";
import { LOCAL_BOT_INFO } from "../../../src/local/fake-telegram.js";
import { groupChat, textUpdate } from "../../../src/local/updates.js";
import { silentLogger } from "../../helpers/harness.js";

const base = createDeps({ logger: silentLogger });
const t = createI18n();

function chat(deps: BotDeps = base, id = 3000 + Math.floor(Math.random() * 1e6)) {
  return createLocalChat(deps, { id, first_name: "G", language_code: "en" });
}

const MEMBER = { id: 4242, first_name: "M", language_code: "en" };
function groupUpdate(text: string, extra: Partial<Message> = {}, type: "group" | "supergroup" = "supergroup"): Update {
  return textUpdate(text, MEMBER, { chat: groupChat(-100500, type), extra });
}

describe("in a group", () => {
  it.each([
    ["plain chatter", "When do polling stations open?"],
    ["a mention of another bot", "@other_bot when do polling stations open?"],
    ["a command for another bot", "/start@other_bot"],
  ])("ignores %s", async (_, text) => {
    const c = chat();
    expect(await c.dispatch(groupUpdate(text))).toEqual([]);
    expect(c.lastCalls).toEqual([]);
  });

  it.each(["/help", "/help@saylau_bot"])("answers the command %s", async (text) => {
    const c = chat();
    const replies = await c.dispatch(groupUpdate(text));
    expect(replies.map((r) => r.text)).toHaveLength(1);
    expect(replies[0]?.text).toContain("What I can do");
  });

  it("answers a question that mentions the bot", async () => {
    const c = chat();
    const replies = await c.dispatch(groupUpdate("@saylau_bot What time do polling stations open?"));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/07:00/);
  });

  it("answers a reply to one of its messages", async () => {
    const c = chat();
    const mine = {
      message_id: 5,
      date: 0,
      chat: { id: -100500, type: "supergroup", title: "Voters" },
      from: LOCAL_BOT_INFO,
      text: "…",
    };
    const replies = await c.dispatch(
      groupUpdate("What time do polling stations open?", { reply_to_message: mine as never }, "group"),
    );
    expect(replies[0]?.text).toMatch(/07:00/);
  });

  it.each(["/eligibility@saylau_bot", "/voting"])(
    "sends %s to a private chat instead of starting a flow in the group",
    async (text) => {
      const c = chat();
      const replies = await c.dispatch(groupUpdate(text));
      expect(replies.map((r) => r.text)).toEqual([t("en")("flow.privateOnly")]);
      const flow = text.slice(1).split("@")[0];
      expect(replies[0]?.buttons.map((b) => b.url)).toEqual([`https://t.me/saylau_bot?start=${flow}`]);
    },
  );

  it("asks for the question when mentioned with nothing else", async () => {
    const c = chat();
    const replies = await c.dispatch(groupUpdate("@saylau_bot"));
    expect(replies.map((r) => r.text)).toEqual([t("en")("ask.prompt")]);
  });

  it("answers a forged button press that carries no message as stale", async () => {
    const c = chat();
    await c.dispatch({
      update_id: 8,
      callback_query: {
        id: "q",
        chat_instance: "x",
        data: "m:main",
        from: { id: 4242, is_bot: false, first_name: "G" },
      },
    });
    expect(c.lastCalls).toMatchObject([
      { method: "answerCallbackQuery", payload: { text: t("en")("callback.stale") } },
    ]);
  });

  it("ignores channel posts, edited messages and service updates", async () => {
    const c = chat();
    const channel = {
      update_id: 1,
      channel_post: { message_id: 1, date: 0, chat: { id: -1001, type: "channel", title: "News" }, text: "/start" },
    } as Update;
    const edited = {
      update_id: 2,
      edited_message: { ...textUpdate("/start", c.user).message!, edit_date: 1 },
    } as Update;
    const member = {
      update_id: 3,
      my_chat_member: {
        chat: { id: -100500, type: "group", title: "V" },
        from: { id: 1, is_bot: false, first_name: "A" },
        date: 0,
        old_chat_member: { status: "left", user: LOCAL_BOT_INFO },
        new_chat_member: { status: "member", user: LOCAL_BOT_INFO },
      },
    } as Update;
    for (const u of [channel, edited, member]) {
      expect(await c.dispatch(u)).toEqual([]);
      expect(c.lastCalls).toEqual([]);
    }
  });
});

describe("the rate limiter", () => {
  const limited: BotDeps = { ...base, protect: { rateLimit: { max: 3, windowMs: 60_000 } } };

  it("answers up to the limit, then says once, politely, to slow down, then stays quiet", async () => {
    const c = chat(limited, 7001);
    const texts: string[][] = [];
    for (let i = 0; i < 6; i++) texts.push((await c.send("/help")).map((r) => r.text));
    expect(texts.slice(0, 3).every((r) => r.length === 1 && r[0]!.includes("What I can do"))).toBe(true);
    expect(texts[3]).toEqual([t("en")("limits.slowDown")]);
    expect(texts.slice(4)).toEqual([[], []]);
  });

  it("limits questions asked in a group by mention as it does private ones", async () => {
    const c = chat(limited, 7005);
    const answered: number[] = [];
    for (let i = 0; i < 6; i++)
      answered.push((await c.dispatch(groupUpdate("@saylau_bot What time do polling stations open?"))).length);
    expect(answered).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it("counts each user on their own", async () => {
    const a = chat(limited, 7002);
    const b = chat(limited, 7003);
    for (let i = 0; i < 3; i++) await a.send("/help");
    expect(await b.send("/help")).toHaveLength(1);
  });

  it("answers a flooding button press with an alert", async () => {
    const c = chat(limited, 7004);
    for (let i = 0; i < 3; i++) await c.send("/help");
    await c.dispatch({
      update_id: 9,
      callback_query: {
        id: "q",
        chat_instance: "x",
        data: "m:main",
        from: { id: 7004, is_bot: false, first_name: "G" },
        message: { message_id: 1, date: 0, chat: { id: 7004, type: "private", first_name: "G" }, text: "" },
      },
    });
    expect(c.lastCalls).toMatchObject([
      { method: "answerCallbackQuery", payload: { text: t("en")("limits.slowDown"), show_alert: true } },
    ]);
    // A later press in the same window gets no second alert, but it is answered, or its button would keep spinning.
    await c.dispatch({
      update_id: 10,
      callback_query: {
        id: "q2",
        chat_instance: "x",
        data: "m:main",
        from: { id: 7004, is_bot: false, first_name: "G" },
        message: { message_id: 1, date: 0, chat: { id: 7004, type: "private", first_name: "G" }, text: "" },
      },
    });
    expect(c.lastCalls).toEqual([
      { method: "answerCallbackQuery", payload: { callback_query_id: "q2" }, result: true },
    ]);
  });
});
