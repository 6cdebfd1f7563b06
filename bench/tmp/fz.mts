import { createFuzzyIndex } from "../../src/search/fuzzy-index.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { contentWords, indexForm, surfaceForm } from "../../src/search/analyze.js";
import { LANGS } from "../../src/knowledge/schema.js";
const gc = (globalThis as any).gc as () => void;
const kb = loadKnowledge();
const words = new Set<string>();
for (const e of kb.entries) for (const l of LANGS) for (const q of [...e.questions[l], e.title[l], e.answer[l]]) for (const w of contentWords(q)) { const f = indexForm(w, l); if (f) words.add(f); const s = surfaceForm(w); if (s.length >= 4) words.add(s); }
gc(); const h0 = process.memoryUsage().heapUsed;
const idx = createFuzzyIndex(words, 4);
gc(); const h1 = process.memoryUsage().heapUsed; const e1 = process.memoryUsage().arrayBuffers;
console.log("ab MB", (e1/1048576).toFixed(1), "words", words.size, "index MB", ((h1 - h0) / 1048576).toFixed(1));
(globalThis as any).keep = idx;
