import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { OffTopicTheme } from "../../src/knowledge/schema.js";
import { createSearcher } from "../../src/search/index.js";

const idCards: OffTopicTheme = {
  id: "id-cards",
  about: "Replacing a lost or expired ID card",
  questions: {
    kk: ["жоғалған жеке куәлікті қалай қалпына келтіремін", "жеке куәліктің мерзімі бітті, жаңасын қайдан аламын"],
    ru: ["как восстановить потерянное удостоверение личности", "срок удостоверения истёк, где получить новое"],
    en: ["how do I replace a lost ID card", "my ID card expired, where do I get a new one"],
  },
};

describe("off-topic themes", () => {
  const kb = loadKnowledge();
  const plain = createSearcher(kb.entries);
  const guarded = createSearcher(kb.entries, {}, [idCards]);
  const offTopic = [
    "I lost my ID card, how can I get a new one?",
    "удостоверение личности потерял, как восстановить",
    "жоғалған жеке куәлікті қайда қалпына келтіруге болады",
  ];

  it.each(offTopic)("abstain on a question that reads like one of their examples: %s", (q) => {
    expect(guarded.decide(q)).toMatchObject({ kind: "none", suggestions: [], offTopic: true });
  });

  it.each(offTopic)("are never returned as a hit: %s", (q) => {
    const ids = guarded.rank(q, 20).map((h) => h.id);
    expect(ids.every((id) => kb.byId.has(id))).toBe(true);
  });

  it.each([
    "which documents do I need to vote",
    "какие документы нужны для голосования",
    "дауыс беру үшін қандай құжат керек",
  ])("leave the in-scope question that shares their words alone: %s", (q) => {
    expect(plain.decide(q)).toMatchObject({ kind: "answer", hit: { id: "voter-documents" } });
    expect(guarded.decide(q)).toMatchObject({ kind: "answer", hit: { id: "voter-documents" } });
  });
});

describe("the project's off-topic themes", () => {
  const kb = loadKnowledge();
  const searcher = createSearcher(kb.entries, {}, kb.offTopic);

  it.each([
    // a year the knowledge does not cover, a foreign leader's share, a deputy's pay, a deputy's phone number
    "итоги выборов в мажилис 2011 года",
    "what did tokayev get in the 2019 vote",
    "Путин қанша пайыз жинады сайлауда",
    "какая зарплата у депутата мажилиса в месяц",
    "maslikhat deputy phone number please",
  ])("decline %j", (q) => {
    expect(searcher.decide(q)).toMatchObject({ kind: "none", offTopic: true });
  });

  it.each([
    ["итоги выборов в мажилис 2023 года", "results-2023"],
    ["what did tokayev get in 2022", "presidential-2022"],
  ])("leave %j to its entry", (q, id) => {
    expect(searcher.decide(q)).toMatchObject({ kind: "answer", hit: { id } });
  });
});
