import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { POPULAR_ENTRY_IDS, popularEntries } from "../../../src/bot/features/inline.js";
import { loadKnowledge } from "../../../src/knowledge/load.js";
import type { LocalChat } from "../../../src/local/local-chat.js";
import { testChat } from "../../helpers/harness.js";

interface Article {
  type: string;
  id: string;
  title: string;
  description: string;
  reply_markup: { inline_keyboard: { text: string; url?: string }[][] };
  input_message_content: { message_text: string; parse_mode: string };
}

let nextId = 1;

async function inline(chat: LocalChat, query: string, languageCode?: string) {
  const update: Update = {
    update_id: nextId++,
    inline_query: {
      id: `q${nextId}`,
      from: {
        id: chat.user.id,
        is_bot: false,
        first_name: "T",
        ...(languageCode ? { language_code: languageCode } : {}),
      },
      query,
      offset: "",
    },
  };
  await chat.dispatch(update);
  expect(chat.lastCalls.map((c) => c.method)).toEqual(["answerInlineQuery"]);
  const payload = chat.lastCalls[0]!.payload as {
    results: Article[];
    is_personal: boolean;
    button: { text: string; start_parameter: string };
  };
  return payload;
}

const kb = loadKnowledge();

describe("inline mode", () => {
  it("offers the matching answer with sources and a button to open the bot, in the query's language", async () => {
    const chat = testChat({ lang: "en" });
    const { results, is_personal, button } = await inline(chat, "где голосовать", "en");
    const [first] = results;
    expect(first?.type).toBe("article");
    expect(first?.title).toBe(kb.byId.get("find-polling-station")?.title.ru);
    expect(first?.description.length).toBeGreaterThan(10);
    expect(first?.description.length).toBeLessThanOrEqual(121);
    expect(first?.input_message_content.parse_mode).toBe("HTML");
    expect(first?.input_message_content.message_text).toMatch(/Источники:.*<a href="https?:\/\//s);
    expect(first?.reply_markup.inline_keyboard).toEqual([
      [{ text: "🤖 Открыть бота", url: "https://t.me/saylau_bot?start=a-find-polling-station" }],
    ]);
    expect(is_personal).toBe(true);
    expect(button).toEqual({ text: "Спросить бота в личном чате", start_parameter: "inline" });
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
  });

  it.each([
    ["kk", "Сайлау учаскесі қайда?"],
    ["en", "What time do polling stations open?"],
  ] as const)("answers a %s query in that language, whatever the user's language", async (lang, query) => {
    const chat = testChat({ lang: "ru" });
    const { results } = await inline(chat, query, "ru");
    expect(results.length).toBeGreaterThan(0);
    const titles = new Set(kb.entries.map((e) => e.title[lang]));
    expect(results.every((r) => titles.has(r.title))).toBe(true);
  });

  it.each(["kk", "ru", "en"] as const)(
    "answers an unclear query (a party name) in the user's language, %s",
    async (lang) => {
      const chat = testChat({ lang });
      const { results } = await inline(chat, "Amanat", lang);
      expect(results.length).toBeGreaterThan(0);
      const titles = new Set(kb.entries.map((e) => e.title[lang]));
      expect(results.every((r) => titles.has(r.title))).toBe(true);
    },
  );

  it("shows the most asked topics for an empty query, in the language the user chose", async () => {
    const chat = testChat({ lang: "en" });
    await chat.send("/language");
    await chat.press(chat.lastButtons.findIndex((b) => b.data === "l:kk") + 1);
    const { results } = await inline(chat, "", "en");
    const expected = popularEntries(kb);
    expect(results.map((r) => r.title)).toEqual(expected.map((e) => e.title.kk));
    const known = POPULAR_ENTRY_IDS.filter((id) => kb.byId.has(id));
    expect(expected.map((e) => e.id).slice(0, known.length)).toEqual(known.slice(0, expected.length));
  });

  it.each([
    ["junk", "zzqx vvv"],
    ["a 300-character query", "x".repeat(300)],
    ["markup", "<b>&amp;"],
    ["an off-topic question", "how do I replace a lost ID card"],
  ])("returns no results, only the private-chat button, for %s", async (_, query) => {
    const chat = testChat({ lang: "en" });
    const { results, button } = await inline(chat, query, "en");
    expect(results).toEqual([]);
    expect(button.start_parameter).toBe("inline");
  });
});

describe("popularEntries", () => {
  it("skips ids that are not in the knowledge base and fills up from the rest", () => {
    const only = kb.entries.filter((e) => !POPULAR_ENTRY_IDS.includes(e.id as never)).slice(0, 7);
    const small = { entries: only, byId: new Map(only.map((e) => [e.id, e])), categories: kb.categories, offTopic: [] };
    expect(popularEntries(small).map((e) => e.id)).toEqual(only.slice(0, 5).map((e) => e.id));
  });
});
