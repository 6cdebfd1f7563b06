import { describe, expect, it } from "vitest";
import { buttonInterruption, commandInterruption } from "../../../src/bot/conversations/interruptions.js";
import { createI18n } from "../../../src/i18n.js";
import type { LocalChat } from "../../../src/local/local-chat.js";
import { memoryStorage } from "../../../src/storage/index.js";
import { testChat } from "../../helpers/harness.js";
import { pressData, pressEnding, texts } from "../features/flow-helpers.js";

const tFor = createI18n();
const now = () => new Date("2026-12-05T09:00:00Z");

describe("what an interruption does to a flow", () => {
  it.each([
    ["/help", "resume"],
    ["/topics", "resume"],
    ["/calendar", "resume"],
    ["/language", "resume"],
    ["/nosuchcommand", "resume"],
    ["/help@saylau_bot", "resume"],
    ["/start", "leave"],
    ["/start a-polling-hours", "leave"],
    ["/start voting", "enter"],
    ["/eligibility", "enter"],
    ["/voting", "enter"],
  ])("the command %j: %s", (text, kind) => expect(commandInterruption(text).kind).toBe(kind));

  it.each([
    ["m:ask", "resume"],
    ["m:topics", "resume"],
    ["m:calendar", "resume"],
    ["m:language", "resume"],
    ["a:polling-hours", "resume"],
    ["m:main", "leave"],
    ["m:eligibility", "enter"],
    ["m:voting", "enter"],
    ["t:c:voting:0", "resume"],
    ["t:r:1", "resume"],
    ["t:e:voting-voluntary:0", "resume"],
    ["f:polling-hours:up", "pass"],
  ])("the button %j: %s", (data, kind) => expect(buttonInterruption(data).kind).toBe(kind));
});

type Walk = (chat: LocalChat) => Promise<unknown>;
const steps = (flow: string, ...answers: string[]): Walk[] =>
  answers.map((_, i) => async (chat) => {
    await chat.send(`/${flow}`);
    for (const a of answers.slice(0, i))
      await (a.startsWith(":") || a.startsWith("office") ? pressEnding(chat, a) : chat.send(a));
  });

// Every step of each flow, up to the verdict (after a verdict the flow is over and any command simply works).
const FLOWS = {
  eligibility: steps("eligibility", "maslikhat", ":yes", "40", ":no", ":no", ":no", ":no"),
  voting: steps("voting", ":yes", ":yes", ":no", ":no", "x"),
} as const;

const RESUME = [
  "/help",
  "/topics",
  "/calendar",
  "/language",
  "/nosuchcommand",
  "m:ask",
  "m:topics",
  "m:calendar",
  "m:language",
  "a:constitution-2026",
  "t:r:0",
  "t:c:voting:0",
  // A menu button's label typed is that button (walkthrough 13: "Темы" got the yes/no hint).
  "typed:Topics",
  "typed:Темы",
  "typed:календарь выборов",
];
// "/…" and "typed:…" are typed, the rest is a button's data pressed.
const send = (chat: LocalChat, what: string) =>
  what.startsWith("/")
    ? chat.send(what)
    : what.startsWith("typed:")
      ? chat.send(what.slice("typed:".length))
      : pressData(chat, what);
const stepButtons = (chat: LocalChat) => chat.lastButtons.map((b) => b.data);

describe.each(Object.entries(FLOWS))("interrupting the %s flow", (flow, walks) => {
  const t = tFor("en");
  const left = t(`flow.left.${flow}`);

  it.each(walks.map((walk, i) => [i + 1, walk] as const))(
    "at step %i, every command and menu button is handled and the step asked again",
    async (_, walk) => {
      const chat = testChat({ lang: "en", deps: { now } });
      await walk(chat);
      const shown = stepButtons(chat);
      for (const what of RESUME) {
        const replies = await send(chat, what);
        expect(replies.length, what).toBeGreaterThanOrEqual(2);
        expect(replies.at(-1)!.text, what).toContain(t("flow.continue"));
        expect(stepButtons(chat), what).toEqual(shown);
        expect(texts(replies), what).not.toContain(left);
      }
    },
  );

  // Walkthrough 14: "а что значит непогашенная судимость?" was read as a yes to the conviction step, "Can I vote at
  // home?" as the button "At home, where I am registered".
  it.each(walks.map((walk, i) => [i + 1, walk] as const))(
    "at step %i, a question asked outright is never taken for the step's answer",
    async (_, walk) => {
      const questions = [
        "what does an unspent conviction mean?",
        "Can I vote at home?",
        "а что значит непогашенная судимость?",
      ];
      for (const question of [...questions, "Үйде дауыс беруге бола ма?"]) {
        const chat = testChat({ lang: "en", deps: { now } });
        await walk(chat);
        const shown = stepButtons(chat);
        const replies = await chat.send(question);
        expect(stepButtons(chat), question).toEqual(shown);
        expect(texts(replies), question).not.toContain(left);
      }
    },
  );

  // Walkthrough 18: a question asked outright that the bot cannot answer got only "answer yes or no".
  it.each(walks.map((walk, i) => [i + 1, walk] as const))(
    "at step %i, a question asked outright that the bot cannot answer is told so, and the step is asked again",
    async (_, walk) => {
      const chat = testChat({ lang: "ru", deps: { now } });
      await walk(chat);
      const shown = stepButtons(chat);
      const replies = await chat.send("можно ли голосовать, если у меня кот болеет?");
      expect(texts(replies)).toContain(tFor("ru")("flow.noAnswer"));
      expect(stepButtons(chat)).toEqual(shown);
    },
  );

  it.each(walks.map((walk, i) => [i + 1, walk] as const))(
    "at step %i, /start, the main menu and the other flow say the flow was left",
    async (_, walk) => {
      const other = flow === "eligibility" ? "voting" : "eligibility";
      for (const [what, after] of [
        ["/start", t("start.neutral")],
        ["m:main", t("start.neutral")],
        [`/${other}`, other === "voting" ? t("voting.intro") : t("eligibility.chooseOffice")],
        [`m:${other}`, other === "voting" ? t("voting.intro") : t("eligibility.chooseOffice")],
      ]) {
        const storage = memoryStorage();
        const chat = testChat({ lang: "en", deps: { now, storage } });
        await walk(chat);
        const replies = await send(chat, what!);
        expect(replies[0]!.text, what).toBe(left);
        expect(texts(replies), what).toContain(after!);
        if (!what!.includes(other))
          expect(await storage.conversations.read(String(chat.user.id)), what).toBeUndefined();
      }
    },
  );

  it.each(walks.map((walk, i) => [i + 1, walk] as const))(
    "at step %i, its own command starts it over and says the answers are not kept",
    async (_, walk) => {
      const chat = testChat({ lang: "en", deps: { now } });
      await walk(chat);
      const replies = await chat.send(`/${flow}`);
      expect(texts(replies)).not.toContain(left);
      expect(replies[0]!.text).toBe(t(`flow.restarted.${flow}`));
      expect(replies.at(-1)!.text).toContain(flow === "voting" ? t("voting.intro") : t("eligibility.chooseOffice"));
    },
  );
});

describe.each(["kk", "ru", "en"] as const)("in %s", (lang) => {
  const t = tFor(lang);

  it("/help mid-flow, then a typed no, goes on with the flow", async () => {
    const chat = testChat({ lang, deps: { now } });
    await chat.send("/eligibility");
    await pressEnding(chat, "maslikhat");
    const replies = await chat.send("/help");
    expect(replies[0]!.text).toBe(t("help.text").replace(/<[^>]+>/g, ""));
    expect(replies[1]!.text).toContain(t("flow.continue"));
    const next = await chat.send({ kk: "жоқ", ru: "нет", en: "no" }[lang]);
    expect(next.at(-1)!.text).toContain(t("eligibility.q.age").slice(0, 12));
  });

  it("at the first step, a typed 'back' or 'start over' says it is the start, not 'press a button' (walkthrough 10)", async () => {
    const chat = testChat({ lang, deps: { now } });
    await chat.send("/eligibility");
    const [back] = await chat.send({ kk: "артқа", ru: "назад", en: "back" }[lang]);
    expect(back!.text).toContain(t("flow.firstStep"));
    const [restart] = await chat.send({ kk: "басынан", ru: "заново", en: "start over" }[lang]);
    expect(restart!.text).toContain(t("flow.atStart"));
    expect(restart!.text).not.toContain(t("flow.useButtons"));
  });

  it("small talk mid-flow is answered in a word, not told to press a button, and the step is asked again", async () => {
    const chat = testChat({ lang, deps: { now } });
    await chat.send("/voting");
    const talks = { kk: ["рахмет", "сәлем"], ru: ["спасибо", "привет"], en: ["thanks", "hello"] }[lang];
    for (const [talk, kind] of [
      [talks[0]!, "thanks"],
      [talks[1]!, "greeting"],
    ]) {
      const replies = await chat.send(talk!);
      expect(replies, talk).toHaveLength(1);
      expect(replies[0]!.text, talk).toMatch(new RegExp(`^${t(`flow.smallTalk.${kind}`)} ${t("flow.continue")}`));
      expect(replies[0]!.text, talk).not.toContain(t("flow.useYesNo"));
      expect(replies[0]!.text, talk).toContain(t("voting.q.age"));
    }
  });

  it("/calendar mid-flow, then a typed yes, goes on with the flow", async () => {
    const chat = testChat({ lang, deps: { now } });
    await chat.send("/voting");
    await chat.send("/calendar");
    const next = await chat.send({ kk: "иә", ru: "да", en: "yes" }[lang]);
    expect(next.at(-1)!.text).toContain(t("voting.q.citizenship"));
  });

  it("/cancel and /start say the flow was left and how to come back", async () => {
    for (const command of ["/cancel", "/start"]) {
      const chat = testChat({ lang, deps: { now } });
      await chat.send("/voting");
      const replies = await chat.send(command);
      expect(replies[0]!.text, command).toContain(t("flow.left.voting"));
      expect(replies[0]!.text, command).toContain("/voting");
    }
  });
});

describe.each(["kk", "ru", "en"] as const)("a flow's button with no flow running (%s)", (lang) => {
  it.each([
    ["g:el:age:yes", "m:eligibility"],
    ["g:vo:adult:yes", "m:voting"],
  ])("%s says the check is no longer running and offers it again", async (data, flow) => {
    const chat = testChat({ lang, deps: { now } });
    const replies = await pressData(chat, data);
    expect(replies[0]!.text).toBe(tFor(lang)("flow.staleButton"));
    expect(replies[0]!.buttons.map((b) => b.data)).toEqual([flow]);
  });
});

it.each([
  ["kk", "тоқта"],
  ["kk", "токта"],
  ["kk", "тоқтат"],
  ["kk", "доғар"],
  ["kk", "шығу"],
  // The flow's introduction says "Выйти можно…": the word it uses leaves it.
  ["ru", "выйти"],
  ["en", "leave"],
] as const)("in %s, the stop word %j leaves a flow", async (lang, word) => {
  const chat = testChat({ lang, deps: { now } });
  await chat.send("/eligibility");
  const [left] = await chat.send(word);
  expect(left!.text).toBe(`${tFor(lang)("cancel.done")} ${tFor(lang)("flow.left.eligibility")}`);
});

describe.each([
  ["kk", "тоқтат", "мәзір"],
  ["ru", "стоп", "меню"],
  ["en", "cancel", "menu"],
] as const)("a typed stop or menu word (%s)", (lang, stop, menu) => {
  const t = tFor(lang);

  it("leaves the flow as /cancel does, with the main menu for the menu word", async () => {
    const chat = testChat({ lang, deps: { now } });
    await chat.send("/voting");
    const [left] = await chat.send(stop);
    expect(left!.text).toBe(`${t("cancel.done")} ${t("flow.left.voting")}`);
    await chat.send("/eligibility");
    const [menuReply] = await chat.send(menu);
    expect(menuReply!.text).toBe(`${t("cancel.done")} ${t("flow.left.eligibility")}`);
    expect(menuReply!.buttons.map((b) => b.data)).toContain("m:topics");
  });

  it("outside a flow, says for the stop word that nothing runs, with the main menu, and is no question", async () => {
    const [reply] = await testChat({ lang, deps: { now } }).send(stop);
    expect(reply!.text).toBe(t("cancel.nothing"));
    expect(reply!.buttons.map((b) => b.data)).toContain("m:topics");
  });
});
