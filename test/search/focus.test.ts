import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { askingPart, questionFocus } from "../../src/search/focus.js";
import { createSearcher } from "../../src/search/index.js";

const STORY =
  "Здравствуйте. Я студентка третьего курса, учусь в Алматы, а прописана в Шымкенте у родителей. " +
  "Мама говорит, что надо ехать домой, а подруги говорят, что можно и здесь. " +
  "Билеты дорогие, и сессия как раз в марте. ";

describe("questionFocus", () => {
  it.each([
    ["a short message, as written", "когда выборы?", 400, "когда выборы?"],
    ["a message at the limit, as written", "a".repeat(400), 400, "a".repeat(400)],
    [
      "a story with a question: the question",
      `${STORY}Могу ли я проголосовать по месту учёбы?`,
      100,
      "Могу ли я проголосовать по месту учёбы?",
    ],
    [
      "two questions that fit: both",
      `${STORY}Нужно ли открепительное? И где его взять?`,
      100,
      "Нужно ли открепительное? И где его взять?",
    ],
    [
      "no question mark: the last sentences",
      `${STORY}Подскажите про открепительное удостоверение.`,
      60,
      "Подскажите про открепительное удостоверение.",
    ],
  ])("%s", (_, text, max, expected) => {
    expect(questionFocus(text, max)).toBe(expected);
  });

  it("never returns more than max characters", () => {
    const text = `${"слово ".repeat(300)}?`;
    expect(questionFocus(text, 400).length).toBeLessThanOrEqual(400);
  });
});

describe("askingPart", () => {
  it.each([
    ["one sentence, as written", "когда выборы в курултай", "когда выборы в курултай"],
    ["the sentence with a question mark", "Мен Алматыда тұрамын. Учаскем қайда?", "Учаскем қайда?"],
    [
      "a request without one",
      "my uncle says it was 100 MCI. Tell me the deposit in 2023.",
      "Tell me the deposit in 2023.",
    ],
    [
      "a Kazakh request",
      "Атам ауырып жүр. Үйден дауыс беру тәртібін айтып беріңізші",
      "Үйден дауыс беру тәртібін айтып беріңізші",
    ],
    ["else the last sentence", "My grandma is 80. She wants to vote at home.", "She wants to vote at home."],
    ["every sentence that asks", "Кто выиграл? Я был в армии. И сколько мест?", "Кто выиграл? И сколько мест?"],
  ])("%s", (_, text, expected) => expect(askingPart(text)).toBe(expected));
});

describe("a story of several sentences is decided on the sentences that ask", () => {
  const kb = loadKnowledge();
  const searcher = createSearcher(kb.entries, {}, kb.offTopic);
  const answered = (q: string) => {
    const d = searcher.decide(q);
    return d.kind === "answer" ? d.hit.id : null;
  };

  it.each([
    [
      "kk",
      "2023 жылы Таразда апамның үйінде болып, сонда дауыс бердім, қолыма бес бюллетень берді. ал Алматыдағы досым маған төртеу ғана болды дейді, мен оны комиссия алдап кетті ме деп ойладым. кейін Шымкенттегі інім де төртеу алдым деді, сонда тіпті шатасып кеттім. неге әр жерде бюллетень саны әртүрлі болды?",
      "ballots-count",
    ],
    [
      "ru",
      "бабушка в 2023 поставила в бюллетене галочку вместо крестика и теперь переживает что голос пропал, ей соседка так сказала. на референдум в 2026 она вообще не пошла из-за этого. я ей что то объясняю, но она не верит, говорит ты ещё маленькая. объясните как правильно ставить отметку в бюллетене",
      "how-to-mark-ballot",
    ],
    [
      "en",
      "my grandmother in a village near ekibastuz is in a wheelchair, and the nearest station is 15 km away. my mother says they won't come to you unless you're dying. how can she vote from home and until when do we need to ask?",
      "home-voting",
    ],
  ])("in %s", (_, story, id) => expect(answered(story)).toBe(id));

  // The sentence that asks says "они": alone it reads as a question about the threshold, while the story names the party.
  it("answers the sentences that ask only with an entry the whole story also points to", () => {
    const story =
      "Мой сосед по даче в 2023 году голосовал за зелёную партию Байтак, потому что у нас в городе грязный воздух, и очень расстроился. Сколько процентов они получили и прошли ли они в парламент?";
    expect(answered(story)).toBe("party-baytaq");
  });

  it("but a short message keeps the sentence that names its topic", () => {
    expect(askingPart("I live abroad. How do I vote?")).toBe("How do I vote?");
    expect(answered("I live abroad. How do I vote?")).toBe(answered("I live abroad, how do I vote?"));
  });
});
