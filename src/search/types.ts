import type { Lang } from "../knowledge/schema.js";

export interface SearchHit {
  id: string;
  score: number;
}

export type Decision =
  | { kind: "answer"; hit: SearchHit; alternatives: SearchHit[]; queryLang: Lang | undefined }
  | { kind: "suggest"; suggestions: SearchHit[]; queryLang: Lang | undefined; broad?: true }
  | { kind: "none"; suggestions: []; queryLang: Lang | undefined; offTopic?: true; broad?: true };

export interface Searcher {
  decide(query: string): Decision;
  rank(query: string, limit?: number): SearchHit[];
}

export class SearchError extends Error {
  override name = "SearchError";
}
