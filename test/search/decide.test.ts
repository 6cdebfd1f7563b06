import { describe, expect, it } from "vitest";
import { decide, type Weighed } from "../../src/search/decide.js";
import { SEARCH_DEFAULTS, type SearchOptions } from "../../src/search/defaults.js";
import type { SearchHit } from "../../src/search/types.js";

const opts: SearchOptions = { ...SEARCH_DEFAULTS };
const OFF = "~off-topic:";

function weighed(scores: [string, number][], over: Partial<Weighed> = {}): Weighed {
  const hits: SearchHit[] = scores.map(([id, score]) => ({ id, score }));
  return {
    hits,
    posterior: new Map(),
    queryLang: "en",
    words: 3,
    entryCount: 20,
    isEntry: (h) => !h.id.startsWith(OFF),
    mostlyKnown: () => true,
    otherYear: () => false,
    otherBody: () => false,
    scoreWithoutBodies: (h) => h.score,
    ...over,
  };
}

describe("decide", () => {
  // [what, hits, extra, expected kind, expected id of the answer or first suggestion]
  const table: [string, [string, number][], Partial<Weighed>, string, string | undefined][] = [
    ["nothing found", [], {}, "none", undefined],
    [
      "a sure hit about another year than the one asked: a suggestion, not the answer",
      [
        ["results-2023", 0.9],
        ["b", 0.5],
      ],
      { otherYear: (h) => h.id === "results-2023" },
      "suggest",
      "results-2023",
    ],
    [
      "the answer about another body gives way to the close entry about the body asked",
      [
        ["election-deposit", 0.7],
        ["kurultai-deposit", 0.65],
        ["c", 0.46],
      ],
      { otherBody: (h) => h.id === "election-deposit" },
      "answer",
      "kurultai-deposit",
    ],
    [
      "an entry about the body asked that is far behind leaves the answer as it was",
      [
        ["voter-documents", 0.7],
        ["kurultai-results", 0.51],
      ],
      { otherBody: (h) => h.id === "voter-documents" },
      "answer",
      "voter-documents",
    ],
    [
      "an entry about the body asked that the rest of the question does not find leaves the answer as it was",
      [
        ["voter-documents", 0.64],
        ["kurultai-election", 0.57],
      ],
      {
        otherBody: (h) => h.id === "voter-documents",
        scoreWithoutBodies: (h) => (h.id === "voter-documents" ? 0.99 : 0.2),
      },
      "answer",
      "voter-documents",
    ],
    [
      "two entries about the body asked as close as each other leave the answer as it was",
      [
        ["election-deposit", 0.7],
        ["kurultai-deposit", 0.65],
        ["kurultai-candidate", 0.64],
      ],
      { otherBody: (h) => h.id === "election-deposit" },
      "answer",
      "election-deposit",
    ],
    [
      "a sure top hit beside a close twin",
      [
        ["a", 0.85],
        ["b", 0.84],
      ],
      {},
      "answer",
      "a",
    ],
    [
      "a top hit over the bar with a clear lead",
      [
        ["a", 0.5],
        ["b", 0.4],
      ],
      {},
      "answer",
      "a",
    ],
    [
      "a top hit over the bar without a lead",
      [
        ["a", 0.5],
        ["b", 0.49],
      ],
      {},
      "suggest",
      "a",
    ],
    [
      "below the bar: a suggestion",
      [
        ["a", 0.4],
        ["b", 0.1],
      ],
      {},
      "suggest",
      "a",
    ],
    ["below the suggestion floor", [["a", 0.2]], {}, "none", undefined],
    [
      "the classifier vouches for a weaker top hit",
      [
        ["a", 0.4],
        ["b", 0.39],
      ],
      { posterior: new Map([["a", 0.95]]) },
      "answer",
      "a",
    ],
    ["the classifier's vote needs agreedAt", [["a", 0.3]], { posterior: new Map([["a", 0.99]]) }, "suggest", "a"],
    [
      "an off-topic theme first is an abstention",
      [
        [`${OFF}x`, 0.9],
        ["a", 0.8],
      ],
      {},
      "none",
      undefined,
    ],
    [
      "a long question answered from the lower bar",
      [
        ["a", 0.34],
        ["b", 0.2],
      ],
      { words: 9 },
      "answer",
      "a",
    ],
    [
      "a long question below the usual bar needs twice the margin",
      [
        ["a", 0.34],
        ["b", 0.31],
      ],
      { words: 9 },
      "suggest",
      "a",
    ],
    [
      "one broad word reaching a fifth of the entries",
      [
        ["a", 0.6],
        ["b", 0.5],
        ["c", 0.4],
        ["d", 0.3],
      ],
      { words: 1, entryCount: 20 },
      "suggest",
      "a",
    ],
    [
      "one word with a very strong top hit is answered",
      [
        ["a", 0.9],
        ["b", 0.5],
        ["c", 0.4],
        ["d", 0.3],
      ],
      { words: 1, entryCount: 20 },
      "answer",
      "a",
    ],
    ["one known word reaching nothing", [], { words: 1 }, "none", undefined],
  ];
  it.each(table)("%s", (_what, scores, over, kind, id) => {
    const d = decide(weighed(scores, over), opts);
    expect(d.kind).toBe(kind);
    const first = d.kind === "answer" ? d.hit : d.suggestions[0];
    expect(first?.id).toBe(id);
  });

  it("marks a broad word's choice and a common word's silence as broad, and an off-topic hit as off-topic", () => {
    const many = weighed(
      [
        ["a", 0.6],
        ["b", 0.5],
        ["c", 0.4],
        ["d", 0.3],
      ],
      { words: 1 },
    );
    expect(decide(many, opts)).toMatchObject({ kind: "suggest", broad: true });
    expect(decide(weighed([], { words: 1 }), opts)).toMatchObject({ kind: "none", broad: true });
    expect(decide(weighed([], { words: 1, mostlyKnown: () => false }), opts)).not.toHaveProperty("broad");
    expect(decide(weighed([[`${OFF}x`, 0.9]]), opts)).toMatchObject({ kind: "none", offTopic: true });
  });

  it("never shows an off-topic theme as an alternative or a suggestion", () => {
    const d = decide(
      weighed([
        ["a", 0.4],
        [`${OFF}x`, 0.39],
        ["b", 0.35],
      ]),
      opts,
    );
    expect(d).toMatchObject({ kind: "suggest", suggestions: [{ id: "a" }, { id: "b" }] });
  });
});
