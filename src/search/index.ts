/**
 * The matcher's public face. The pipeline (docs/search.md): analysis (normalize, analyze, stem, translit,
 * detect-lang) → the index (index/build.ts, saved and loaded as plain data; index/lookup.ts) → scoring
 * (score/tokens.ts, score/score.ts, score/contrast.ts, score/rerank.ts) → decide.ts, wired by searcher.ts.
 */
export { SEARCH_DEFAULTS, type SearchOptions } from "./defaults.js";
export { buildSearchIndex, type SearchIndex } from "./index/build.js";
export { formSimilarity } from "./score/tokens.js";
export { createSearcher, searcherFromIndex } from "./searcher.js";
export { type Decision, SearchError, type Searcher, type SearchHit } from "./types.js";
