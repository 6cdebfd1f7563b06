import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { InlineKeyboardButton, Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createDeps } from "../../src/app.js";
import type { BotDeps } from "../../src/bot/context.js";
import { createBot } from "../../src/bot/create-bot.js";
import { FakeTelegram, LOCAL_BOT_INFO } from "../../src/local/fake-telegram.js";
import {
  callbackUpdate,
  editedTextUpdate,
  groupChat,
  inlineQueryUpdate,
  type LocalUser,
  mediaUpdate,
  textUpdate,
  unknownUpdate,
} from "../../src/local/updates.js";
import { createLogger } from "../../src/logger.js";

const TOTAL = 10_000;
const WARM_UP = 2_000;
const USERS = 200;

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RANGES = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x400, 0x4ff],
  [0x600, 0x6ff],
  [0x900, 0x97f],
  [0x3040, 0x30ff],
  [0x4e00, 0x9fff],
  [0x1f300, 0x1faff],
  [0x200b, 0x200f],
  [0xfe00, 0xfe0f],
  [0x0, 0x1f],
  [0x10000, 0x10ffff],
] as const;
const META = [
  "<",
  ">",
  "&",
  "</b>",
  '<a href="x">',
  "*",
  "_",
  "`",
  "```",
  "[",
  "](",
  "~",
  "|",
  "\\",
  "&amp;",
  "<script>",
  "%s",
  "{{x}}",
  "$t(help.text)",
];
const COMMANDS = [
  "/start",
  "/help",
  "/cancel",
  "/eligibility",
  "/voting",
  "/topics",
  "/calendar",
  "/language",
  "/nope",
  "/start x_y",
  "/start a:no-such",
];
const QUESTIONS = [
  "Сайлау қашан өтті?",
  "Во сколько открываются участки?",
  "What time do polling stations open?",
  "Кто может баллотироваться?",
  "30",
  "yes",
  "да",
  "иә",
];
const FORGED = [
  "a:no-such-entry",
  "a:",
  "m:nothing",
  "l:fr",
  "t:999:999",
  "f:x:y",
  "el:99",
  "vo:zz",
  "",
  "x".repeat(64),
  "a:../../etc",
];

function generator(seed: number) {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const unicode = (max: number) => {
    let s = "";
    const len = int(max + 1);
    while (s.length < len) {
      const [lo, hi] = pick(RANGES);
      const cp = lo + int(hi - lo + 1);
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      s += String.fromCodePoint(cp);
    }
    return s;
  };
  const text = (): string => {
    switch (int(10)) {
      case 0:
        return unicode(40);
      case 1:
        return unicode(4096).slice(0, 4096);
      case 2:
        return "x".repeat(4096);
      case 3:
        return Array.from({ length: 1 + int(12) }, () => pick(META)).join(pick(["", " ", "\n"]));
      case 4:
        return pick(["", " ", "\n\t ", "\u200b", "\u00a0\u00a0"]);
      case 5:
        return pick(COMMANDS);
      default:
        return pick(QUESTIONS) + (rand() < 0.3 ? pick(META) : "");
    }
  };
  return { rand, int, pick, text };
}

describe("bad input", () => {
  it(`handles ${TOTAL} generated updates: no unhandled error, one reply per private text, flat memory`, async () => {
    const errors: string[] = [];
    const logger = createLogger("error", [], { write: (l) => void errors.push(l) });
    const deps: BotDeps = { ...createDeps({ logger }), protect: { rateLimit: { max: 100_000, windowMs: 60_000 } } };
    const telegram = new FakeTelegram();
    const bot = createBot("1:fuzz", deps, { botInfo: LOCAL_BOT_INFO, client: { fetch: telegram.fetch } });
    const g = generator(20260319);
    const buttons = new Map<number, { data: string; messageId: number }[]>();
    let messageId = 1;
    const user = (id: number): LocalUser => ({
      id,
      first_name: g.text().slice(0, 64) || "U",
      ...(g.rand() < 0.8 ? { language_code: g.pick(["kk", "ru", "en", "fr", "uk", ""]) } : {}),
    });
    const wrongCounts: string[] = [];
    const seenKinds = new Map<string, number>();
    const privateTexts = { inFlow: 0, outside: 0 };

    function nextUpdate(): { update: Update; kind: string; expectOne: boolean } {
      messageId++;
      const from = user(1 + g.int(USERS));
      const roll = g.int(100);
      if (roll < 45) {
        const text = g.text();
        return { kind: "private text", update: textUpdate(text, from), expectOne: !text.startsWith("/") };
      }
      if (roll < 62) {
        const known = buttons.get(from.id) ?? [];
        const press =
          known.length > 0 && g.rand() < 0.7
            ? g.pick(known)
            : { data: g.rand() < 0.5 ? g.pick(FORGED) : g.text().slice(0, 64), messageId: g.int(messageId) };
        const update = callbackUpdate(press.data, press.messageId, from, { withoutMessage: g.rand() >= 0.9 });
        return { kind: "callback", update, expectOne: false };
      }
      if (roll < 70) return { kind: "edited", update: editedTextUpdate(g.text(), from), expectOne: false };
      if (roll < 76) {
        const chat = { id: -1000 - from.id, type: "channel" as const, title: "C" };
        return { kind: "channel post", update: textUpdate(g.text(), from, { chat }), expectOne: false };
      }
      if (roll < 86) {
        const text = g.pick(["", "@saylau_bot ", "@other_bot ", "/help@saylau_bot ", "/start@other_bot "]) + g.text();
        const chat = groupChat(-500 - g.int(5), g.pick(["group", "supergroup"] as const));
        return { kind: "group", update: textUpdate(text, from, { chat }), expectOne: false };
      }
      if (roll < 92) {
        const media = mediaUpdate(g.pick(["sticker", "photo", "voice", "location", "contact"] as const), from);
        return { kind: "non-text", update: media, expectOne: true };
      }
      if (roll < 96)
        return { kind: "inline", update: inlineQueryUpdate(g.text().slice(0, 256), from), expectOne: false };
      const kind = g.pick(["future_update", "business_message", "poll", "message_reaction"]);
      return { kind: "unknown type", update: unknownUpdate(kind, from), expectOne: false };
    }

    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    let warmHeap = 0;
    for (let i = 0; i < TOTAL; i++) {
      if (i === WARM_UP) {
        gc();
        warmHeap = process.memoryUsage().heapUsed;
      }
      const { update, kind, expectOne } = nextUpdate();
      seenKinds.set(kind, (seenKinds.get(kind) ?? 0) + 1);
      const chatId = update.message?.chat.id;
      // Inside a guided flow a question is answered and then the flow's current step is asked again.
      const inFlow = chatId !== undefined && (await deps.storage.conversations.read(String(chatId))) !== undefined;
      await bot.handleUpdate(update);
      const calls = telegram.take();
      const sent = calls.filter((c) => c.method === "sendMessage");
      for (const c of sent) {
        const rows = (c.payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)
          ?.inline_keyboard;
        const data = rows
          ?.flat()
          .flatMap((b) =>
            "callback_data" in b
              ? [{ data: b.callback_data, messageId: (c.result as { message_id: number }).message_id }]
              : [],
          );
        if (data?.length) buttons.set(Number(c.payload.chat_id), data);
        if (rows?.some((row) => row.length === 0)) wrongCounts.push(`${kind}: a keyboard with an empty row`);
      }
      if (kind === "private text" && expectOne) privateTexts[inFlow ? "inFlow" : "outside"]++;
      if (expectOne && sent.length !== 1 && !(inFlow && sent.length === 2))
        wrongCounts.push(
          `${kind} #${update.update_id} got ${sent.length} replies: ${sent.map((c) => String(c.payload.text).replace(/\s+/g, " ").slice(0, 160)).join(" | ")}`,
        );
      if (kind === "channel post" || kind === "unknown type" || kind === "edited") {
        if (calls.length > 0) wrongCounts.push(`${kind} #${update.update_id} was answered`);
      }
    }
    gc();
    const endHeap = process.memoryUsage().heapUsed;

    expect(errors).toEqual([]);
    expect(telegram.violations.slice(0, 10)).toEqual([]);
    expect(wrongCounts.slice(0, 10)).toEqual([]);
    expect([...seenKinds.values()].reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expect(seenKinds.size).toBe(8);
    expect(privateTexts.outside).toBeGreaterThan(2000);
    expect(privateTexts.inFlow).toBeGreaterThan(100);
    expect(endHeap - warmHeap).toBeLessThan(40 * 1024 * 1024);
  }, 300_000);
});
