import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { contentWords, indexForm, queryForms } from "../../src/search/analysis/analyze.js";
import { detectLang, langDetector } from "../../src/search/analysis/detect-lang.js";
import { kazakhFold, normalize, tokenize } from "../../src/search/analysis/normalize.js";
import { stemEnglish, stemKazakh, stemRussian } from "../../src/search/analysis/stem.js";
import {
  LATIN_MULTI,
  LATIN_SINGLE,
  latinToCyrillic,
  layoutToCyrillic,
  layoutToLatin,
  skeleton,
} from "../../src/search/analysis/translit.js";
import { createSearcher } from "../../src/search/index.js";
import { knowledgeAndQuestionWords } from "../helpers/words.js";

const forms = (text: string) => contentWords(text).map((w) => new Set(queryForms(w)));
const sameTokens = (a: string, b: string) => {
  const fa = forms(a);
  const fb = forms(b);
  return fa.length === fb.length && fa.every((s, i) => [...s].some((f) => fb[i]?.has(f)));
};

describe("normalisation", () => {
  it.each([
    ["Сайлау ҚАЙ күні?!", "сайлау кай куни"],
    ["Ёлка, ёж", "елка еж"],
    ["  Әкімдік   һәм  ұлт  ", "акимдик хам улт"],
    ["5% — порог", "5% порог"],
  ])("normalize(%s) = %s", (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it("folds every Kazakh-specific letter", () => {
    expect(kazakhFold("әқөүұіғңһ")).toBe("акоууигнх");
  });

  it("turns Latin look-alikes inside a Cyrillic word into Cyrillic", () => {
    expect(tokenize("кунi cайлау")).toEqual(["куні", "сайлау"]);
  });
});

describe("script and layout folding", () => {
  it.each([
    ["kogda vybory", "когда выборы"],
    ["qashan", "қашан"],
    ["mazhilis", "мажилис"],
    ["shymkent", "шымкент"],
    ["ünsizdik", "үнсиздик"],
  ])("latinToCyrillic(%s) = %s", (input, expected) => {
    expect(latinToCyrillic(input)).toBe(expected);
  });

  it.each([
    ["jastar", "жастар", "ястар"],
    ["jarnasy", "жарнасы", "ярнасы"],
    ["zhastar", "жастар", "жастар"],
  ])("reads j in %s as ж in Kazakh Latin (%s), not as a Russian transliteration's я (%s)", (input, kazakh, russian) => {
    expect(latinToCyrillic(input, true)).toBe(kazakh);
    expect(latinToCyrillic(input)).toBe(russian);
  });

  it("reads the 2018 dotless ı as и/й, which the skeleton treats as one letter", () => {
    expect(skeleton(latinToCyrillic("saılau"))).toBe(skeleton("сайлау"));
  });

  it.each([
    ["ghbdtn", "привет"],
    ["rjulf ds,jhs", "когда выборы"],
  ])("layoutToCyrillic(%s) = %s", (input, expected) => {
    expect(layoutToCyrillic(input)).toBe(expected);
  });

  it("converts the Russian layout back to English", () => {
    expect(layoutToLatin("цру")).toBe("whe");
  });

  it("collapses letters people confuse", () => {
    expect(skeleton("выборный")).toBe(skeleton("виборнии"));
    expect(skeleton("объявление")).toBe("обявление");
  });
});

describe("the one-pass transliteration and skeleton", () => {
  // As first written, with regular expressions over the same tables: the one-pass versions must not change a form.
  const multi = new Map(LATIN_MULTI);
  const regexTranslit = (word: string, kazakh: boolean) =>
    word
      .replace(
        new RegExp(
          LATIN_MULTI.map(([l]) => l)
            .filter((l) => !kazakh || !l.startsWith("j"))
            .join("|"),
          "g",
        ),
        (m) => multi.get(m) ?? m,
      )
      .replace(/[a-zäáéğǵıìíñńöóşūüúý]/g, (c) => LATIN_SINGLE[c] ?? c);
  const regexSkeleton = (word: string) =>
    word
      .replace(/[йы]/g, "и")
      .replace(/[ьъ]/g, "")
      .replace(/щ/g, "ш")
      .replace(/э/g, "е")
      .replace(/(.)\1+/g, "$1");

  const words = knowledgeAndQuestionWords();

  it("transliterate every word of the knowledge base and the question sets as the regular expressions did", () => {
    expect(words.length).toBeGreaterThan(8000);
    for (const kazakh of [false, true])
      expect(words.filter((w) => latinToCyrillic(w, kazakh) !== regexTranslit(w, kazakh))).toEqual([]);
  });

  it("give every such word, and its transliteration, the skeleton the regular expressions gave", () => {
    const all = [...words, ...words.map((w) => latinToCyrillic(w)), "ааййыыьъщщээ", "сссъсс"];
    expect(all.filter((w) => skeleton(w) !== regexSkeleton(w))).toEqual([]);
  });
});

describe("stemming", () => {
  it.each([
    ["учаскелерінің", "учаске"],
    ["кандидаттар", "кандидат"],
    ["сайлаудың", "сайлау"],
    ["депутаттарды", "депутат"],
    ["қала", "кала"],
  ])("stemKazakh(%s) = %s", (input, expected) => {
    expect(stemKazakh(input)).toBe(expected);
  });

  it("uses Snowball for Russian and English", () => {
    expect(stemRussian("выборы")).toBe(stemRussian("выборах"));
    expect(stemRussian("избирательных")).toBe(stemRussian("избирательный"));
    expect(stemEnglish("elections")).toBe(stemEnglish("election"));
  });

  it.each([
    ["сайлау кай кунi", "сайлау қай күні"],
    ["saılau qai kuni", "сайлау қай күні"],
    ["kogda vybory", "когда выборы"],
    ["Mazhilis", "Мәжіліс"],
  ])("%s reaches the same index forms as %s", (a, b) => {
    expect(sameTokens(a, b)).toBe(true);
  });

  it("keeps different words apart", () => {
    expect(sameTokens("маслихат", "мажилис")).toBe(false);
    expect(indexForm("сенат", "ru")).not.toBe(indexForm("сайлау", "kk"));
  });

  it("drops stopwords in every language", () => {
    expect(contentWords("подскажите пожалуйста, когда выборы")).toEqual(["когда", "выборы"]);
    expect(contentWords("what is the threshold")).toEqual(["what", "threshold"]);
  });

  // Chat fillers name no topic: left in, each weighed as an unknown word and lowered the confidence of a question
  // the rest of it asks plainly.
  it.each([
    ["lol is the deposit refunded or nah", ["deposit", "refunded"]],
    ["короче чё по явке блин", ["явке"]],
    ["жаным сонда сайлау қашан", ["сайлау", "қашан"]],
  ])("drops the chat fillers of %j", (text, words) => expect(contentWords(text)).toEqual(words));
});

describe("language of a question", () => {
  it.each([
    ["Сайлау қашан өтеді?", "kk"],
    ["сайлау кай куни болады", "kk"],
    ["saılau qashan bolady", "kk"],
    ["Когда пройдут выборы?", "ru"],
    ["kogda vybory v mazhilis", "ru"],
    ["When is the election?", "en"],
    ["how many seats does the Mazhilis have", "en"],
  ])("%s is %s", (q, lang) => {
    expect(detectLang(q)).toBe(lang);
  });

  it.each(["мажилис", "2023", "5%", "выборы сайлау", "", "!!!", "Mazhilis"])("%s is unclear", (q) => {
    expect(detectLang(q)).toBeUndefined();
  });

  it("is the same when a searcher's detector remembers words, asked twice and in any order", () => {
    const lexicon = { kk: new Set(["мажилис"]), ru: new Set(["мажилис", "депутат"]), en: new Set(["deputy"]) };
    const detect = langDetector(lexicon);
    const texts = [
      "мажилис депутат",
      "deputy of the Mazhilis",
      "мажилис",
      "Сайлау қашан өтеді?",
      "kogda vybory",
      "мажилис депутат",
    ];
    for (const text of [...texts, ...texts.reverse()]) expect(detect(text), text).toBe(detectLang(text, lexicon));
    expect(detect("мажилис депутат")).toBe("ru");
  });
});

describe("words that carry no topic", () => {
  const kb = loadKnowledge();
  const searcher = createSearcher(kb.entries, {}, kb.offTopic);
  const answer = (q: string) => {
    const d = searcher.decide(q);
    return d.kind === "answer" ? d.hit.id : d.kind;
  };

  it.each([
    // "или нет" closing a yes/no question, and the slang "ваще", say nothing of the topic
    ["байтак прошел в мажилис в 2023?", "байтак ваще прошел в мажилис в 2023 или нет?"],
    // the adjective of a body names it as the noun does
    ["когда выборы президента", "когда ближайшие президентские выборы"],
  ])("%j and %j find the same entry", (plain, padded) => {
    expect(answer(plain)).not.toMatch(/^(suggest|none)$/);
    expect(answer(padded)).toBe(answer(plain));
  });
});
