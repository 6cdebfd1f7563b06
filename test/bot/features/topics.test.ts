import { describe, expect, it } from "vitest";
import { perPage, TOPICS_PAGE_SIZE } from "../../../src/bot/features/topics.js";
import type { KnowledgeBase } from "../../../src/knowledge/load.js";
import { loadKnowledge } from "../../../src/knowledge/load.js";
import type { Category, Entry } from "../../../src/knowledge/schema.js";
import { testChat } from "../../helpers/harness.js";
import { callbackAnswers, pressData, texts } from "./flow-helpers.js";

const tri = (s: string) => ({ kk: `${s} kk`, ru: `${s} ru`, en: `${s} en` });

function entry(id: string, category: string): Entry {
  return {
    id,
    category,
    title: tri(`Title ${id}`),
    questions: { kk: [`q ${id}`], ru: [`q ${id}`], en: [`q ${id}`] },
    answer: tri(`Answer ${id}`),
    sources: [{ title: "Source", url: "https://example.org/" }],
    asOf: "2023-03-19",
    related: [],
    verified: true,
    remind: false,
    electionStatus: false,
  };
}

function fixtureKb(): KnowledgeBase {
  const categories: Category[] = [
    { id: "alpha", title: tri("Alpha") },
    { id: "empty", title: tri("Empty") },
    ...Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, title: tri(`Cat ${i}`) })),
  ];
  const entries = [
    ...Array.from({ length: 19 }, (_, i) => entry(`alpha-${i + 1}`, "alpha")),
    ...Array.from({ length: 9 }, (_, i) => entry(`only-${i}`, `c${i}`)),
  ];
  return { categories, entries, byId: new Map(entries.map((e) => [e.id, e])), offTopic: [] };
}

const dataOf = (chat: ReturnType<typeof testChat>) => chat.lastButtons.map((b) => b.data);

describe("browse topics", () => {
  const kb = loadKnowledge();

  it.each(["en", "ru", "kk"] as const)(
    "lists the knowledge categories in %s, then questions, then the answer, with Back at each level",
    async (lang) => {
      const chat = testChat({ lang });
      const [root] = await chat.send("/topics");
      const withEntries = kb.categories.filter((c) => kb.entries.some((e) => e.category === c.id));
      const first = withEntries[0]!;
      expect(root!.buttons[0]!.text).toContain(first.title[lang]);
      expect(root!.buttons[0]!.data).toBe(`t:c:${first.id}:0`);

      const [list] = await pressData(chat, `t:c:${first.id}:0`);
      expect(chat.lastCalls.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
      const firstEntry = kb.entries.find((e) => e.category === first.id)!;
      expect(list!.text).toContain(first.title[lang]);
      expect(list!.buttons[0]).toMatchObject({ text: firstEntry.title[lang], data: `t:e:${firstEntry.id}:0` });
      expect(dataOf(chat)).toContain("t:r:0");

      const [answer] = await pressData(chat, `t:e:${firstEntry.id}:0`);
      expect(answer!.text).toContain(firstEntry.title[lang]);
      expect(answer!.text).toContain(firstEntry.sources[0]!.url);
      expect(dataOf(chat)).toEqual(expect.arrayContaining([`t:c:${first.id}:0`, "t:r:0"]));

      const [back] = await pressData(chat, `t:c:${first.id}:0`);
      expect(back!.text).toContain(first.title[lang]);
      const [top] = await pressData(chat, "t:r:0");
      expect(top!.buttons.length).toBe(perPage(withEntries.length) + (withEntries.length > TOPICS_PAGE_SIZE ? 1 : 0));
    },
  );

  it("opens from the main menu button", async () => {
    const chat = testChat({ lang: "en" });
    expect(texts(await pressData(chat, "m:topics"))).toContain("Choose a topic");
  });

  it("takes labels from the knowledge data and hides empty categories", async () => {
    const chat = testChat({ lang: "ru", deps: { kb: fixtureKb() } });
    const [root] = await chat.send("/topics");
    const labels = root!.buttons.map((b) => b.text);
    expect(labels[0]).toBe("Alpha ru (19)");
    expect(labels.join()).not.toContain("Empty");
  });

  it("pages long lists of questions with Previous and Next", async () => {
    const chat = testChat({ lang: "en", deps: { kb: fixtureKb() } });
    await chat.send("/topics");
    const [page1] = await pressData(chat, "t:c:alpha:0");
    expect(page1!.text).toContain("Page 1 of 3");
    // 19 questions fill three pages evenly: 7, 7 and 5.
    expect(dataOf(chat).filter((d) => d?.startsWith("t:e:"))).toHaveLength(7);
    expect(dataOf(chat)).toContain("t:c:alpha:1");
    expect(dataOf(chat)).not.toContain("t:c:alpha:-1");

    const [page3] = await pressData(chat, "t:c:alpha:2");
    expect(page3!.text).toContain("Page 3 of 3");
    expect(dataOf(chat).filter((d) => d?.startsWith("t:e:"))).toEqual([
      "t:e:alpha-15:2",
      "t:e:alpha-16:2",
      "t:e:alpha-17:2",
      "t:e:alpha-18:2",
      "t:e:alpha-19:2",
    ]);
    expect(dataOf(chat)).toContain("t:c:alpha:1");
    expect(dataOf(chat)).not.toContain("t:c:alpha:3");

    await pressData(chat, "t:e:alpha-18:2");
    expect(dataOf(chat)).toContain("t:c:alpha:2");
  });

  it("pages the categories too", async () => {
    const chat = testChat({ lang: "en", deps: { kb: fixtureKb() } });
    const [root] = await chat.send("/topics");
    expect(root!.text).toContain("Page 1 of 2");
    expect(root!.buttons.at(-1)).toMatchObject({ data: "t:r:1" });
    const [second] = await pressData(chat, "t:r:1");
    // Ten topics: two pages of five, not eight and two.
    expect(second!.buttons.map((b) => b.data)).toEqual([
      "t:c:c4:0",
      "t:c:c5:0",
      "t:c:c6:0",
      "t:c:c7:0",
      "t:c:c8:0",
      "t:r:0",
    ]);
    await pressData(chat, "t:c:c8:0");
    expect(dataOf(chat)).toContain("t:r:1");
  });

  it("clamps a page number beyond the end to the last page", async () => {
    const chat = testChat({ lang: "en", deps: { kb: fixtureKb() } });
    const [reply] = await pressData(chat, "t:c:alpha:999");
    expect(reply!.text).toContain("Page 3 of 3");
  });

  it.each([
    "t:c:nope:0",
    "t:e:nope:0",
    "t:r:abc",
    "t:c:alpha:-1",
    "t:x",
    "t:",
    "t:e:../etc:0",
    "t:c:alpha:0:extra",
    `t:c:${"a".repeat(60)}:0`,
  ])("answers the forged button %j politely without sending anything", async (data) => {
    const chat = testChat({ lang: "kk", deps: { kb: fixtureKb() } });
    const replies = await pressData(chat, data);
    expect(replies).toEqual([]);
    expect(callbackAnswers(chat)).toEqual([expect.stringContaining("батырма енді жұмыс істемейді")]);
  });

  it("falls back to a new message when the list message cannot be edited", async () => {
    const chat = testChat({ lang: "en", deps: { kb: fixtureKb() } });
    chat.telegram.intercept((call) =>
      call.method === "editMessageText"
        ? new Response(
            JSON.stringify({ ok: false, error_code: 400, description: "Bad Request: message to edit not found" }),
            { headers: { "content-type": "application/json" } },
          )
        : undefined,
    );
    const replies = await pressData(chat, "t:c:alpha:0");
    expect(replies.map((r) => r.method)).toEqual(["sendMessage"]);
    expect(replies[0]!.text).toContain("Alpha en");
  });
});
