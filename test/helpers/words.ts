import { loadKnowledge } from "../../src/knowledge/load.js";
import { tokenize } from "../../src/search/analysis/normalize.js";
import { readQuestionSet } from "../../src/search/evaluate.js";

/** Every distinct word of the knowledge base (questions, answers, titles, off-topic examples) and the three question sets. */
export function knowledgeAndQuestionWords(): string[] {
  const kb = loadKnowledge();
  const texts = [
    ...kb.entries.flatMap((e) => [
      ...Object.values(e.questions).flat(),
      ...Object.values(e.answer),
      ...Object.values(e.title),
    ]),
    ...kb.offTopic.flatMap((t) => Object.values(t.questions).flat()),
    ...["questions", "holdout", "fresh"].flatMap((set) => readQuestionSet(`test/fixtures/${set}.tsv`).map((r) => r.q)),
  ];
  return [...new Set(texts.flatMap(tokenize))];
}
