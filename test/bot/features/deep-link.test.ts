import { describe, expect, it } from "vitest";
import { answerPayload, parsePayload, shareLink, startLink } from "../../../src/bot/links.js";
import { createI18n } from "../../../src/i18n.js";
import { loadKnowledge } from "../../../src/knowledge/load.js";
import { testChat } from "../../helpers/harness.js";

const kb = loadKnowledge();

describe("start payloads", () => {
  it.each([
    ["a-polling-hours", { kind: "answer", entryId: "polling-hours" }],
    ["eligibility", { kind: "flow", flow: "eligibility" }],
    ["voting", { kind: "flow", flow: "voting" }],
    ["calendar", { kind: "calendar" }],
    ["lang-kk", { kind: "language", lang: "kk" }],
    ["lang-en", { kind: "language", lang: "en" }],
    ["lang-fr", undefined],
    ["", undefined],
    ["inline", undefined],
    [`a-${"x".repeat(63)}`, undefined],
    ["a-polling hours", undefined],
    ["a-<script>", undefined],
    ["../etc/passwd", undefined],
  ])("%s → %j", (payload, target) => {
    expect(parsePayload(payload)).toEqual(target);
  });

  it("fits every knowledge entry into Telegram's 64-character payload", () => {
    for (const e of kb.entries) expect(answerPayload(e.id)).toMatch(/^a-[A-Za-z0-9_-]{1,62}$/);
  });

  it("builds t.me links that a share dialog can carry", () => {
    const url = startLink("saylau_bot", "a-polling-hours");
    expect(url).toBe("https://t.me/saylau_bot?start=a-polling-hours");
    const share = new URL(shareLink(url, "Hours & places?"));
    expect(share.origin + share.pathname).toBe("https://t.me/share/url");
    expect(share.searchParams.get("url")).toBe(url);
    expect(share.searchParams.get("text")).toBe("Hours & places?");
  });
});

describe("/start with a payload", () => {
  it("opens an answer in the user's language, with rating and Share buttons", async () => {
    const chat = testChat({ lang: "ru" });
    const [reply] = await chat.send("/start a-polling-hours");
    expect(reply?.text).toContain(kb.byId.get("polling-hours")!.title.ru);
    expect(reply?.text).toMatch(/07:00/);
    expect(reply?.buttons.map((b) => b.data)).toEqual(
      expect.arrayContaining(["f:polling-hours:up", "f:polling-hours:down"]),
    );
    const share = reply?.buttons.find((b) => b.text === "📤 Поделиться");
    const link = new URL(share!.url!);
    expect(link.searchParams.get("url")).toBe("https://t.me/saylau_bot?start=a-polling-hours");
    expect(link.searchParams.get("text")).toContain(kb.byId.get("polling-hours")!.title.ru);
  });

  it("the Share link opens the same answer for someone else, in their language", async () => {
    const sender = testChat({ lang: "en" });
    const [answer] = await sender.send("What time do polling stations open?");
    const shared = new URL(
      new URL(answer!.buttons.find((b) => b.url?.startsWith("https://t.me/share/url"))!.url!).searchParams.get("url")!,
    );
    const receiver = testChat({ lang: "kk" });
    const [reply] = await receiver.send(`/start ${shared.searchParams.get("start")}`);
    expect(reply?.text).toContain(kb.byId.get("polling-hours")!.title.kk);
  });

  it("switches the language and greets in it, and remembers it", async () => {
    const chat = testChat({ lang: "en" });
    const [greeting] = await chat.send("/start lang-kk");
    expect(greeting?.text).toContain("Сәлеметсіз бе");
    const [again] = await chat.send("/start");
    expect(again?.text).toContain("Сәлеметсіз бе");
  });

  it.each(["eligibility", "voting"])("starts the %s flow the same way its command does", async (flow) => {
    const linked = testChat({ lang: "kk" });
    const viaCommand = testChat({ lang: "kk" });
    const [fromLink] = await linked.send(`/start ${flow}`);
    const [fromCommand] = await viaCommand.send(`/${flow}`);
    expect(fromLink?.text).toBe(fromCommand?.text);
    expect(fromLink?.buttons.map((b) => b.data)).toEqual(fromCommand?.buttons.map((b) => b.data));
    expect(fromLink?.text).not.toContain("Сәлеметсіз бе");
    const [cancelled] = await linked.send("/cancel");
    expect(cancelled?.text).toContain(createI18n()("kk")("cancel.done"));
  });

  it("opens the calendar", async () => {
    const chat = testChat({ lang: "en", deps: { now: () => new Date("2023-03-01T00:00:00Z") } });
    const [reply] = await chat.send("/start calendar");
    expect(reply?.text).toContain("⏳ 19 March 2023 — Election day");
  });

  it.each(["a-no-such-entry", "lang-fr", "x".repeat(80), "a-<b>", "inline", "%00", "a-polling-hours extra"])(
    "falls back to the normal greeting for %s",
    async (payload) => {
      const chat = testChat({ lang: "en" });
      const replies = await chat.send(`/start ${payload}`);
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text).toContain("Hello");
      expect(replies[0]?.buttons.map((b) => b.data)).toContain("m:calendar");
    },
  );
});
