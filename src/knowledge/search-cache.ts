import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { buildSearchIndex, searcherFromIndex, type SearchIndex, type Searcher } from "../search/index.js";
import { PROJECT_ROOT } from "../paths.js";
import type { KnowledgeBase } from "./load.js";

/** The search index built by `npm run build`: loading it takes a fraction of building it at start-up. */
export const SEARCH_CACHE_FILE = `${PROJECT_ROOT}dist/search-index.json`;

const SEARCH_DIR = fileURLToPath(new URL("../search/", import.meta.url));

/**
 * What the index depends on: the knowledge, the search code that read it (src/search under tsx, its build under
 * dist) and the stemmers. A cache built from anything else is not used.
 */
export function searchIndexKey(kb: Pick<KnowledgeBase, "entries" | "offTopic">): string {
  const hash = createHash("sha256").update(JSON.stringify([kb.entries, kb.offTopic]));
  for (const file of readdirSync(SEARCH_DIR).filter((f) => /\.[jt]s$/.test(f)).sort()) hash.update(readFileSync(`${SEARCH_DIR}${file}`));
  const stemmers = createRequire(import.meta.url)("snowball-stemmers/package.json") as { version: string };
  return hash.update(stemmers.version).digest("base64");
}

// Typed arrays travel as base64 of their bytes, tagged with their type: smaller and far faster to read than JSON numbers.
const TYPED = { Uint32Array, Int32Array, Float32Array, Float64Array } as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;
const TAG = "$typed";

export function encodeSearchIndex(index: SearchIndex, key = ""): string {
  return JSON.stringify({ key, index }, (_, value: unknown) =>
    ArrayBuffer.isView(value) ? { [TAG]: value.constructor.name, data: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") } : value,
  );
}

function revive(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const tagged = value as { [TAG]?: TypedName; data?: string };
  if (tagged[TAG]) {
    // Copied into a fresh buffer: a Buffer's bytes may start at an offset a wider typed array cannot start at.
    const b = Buffer.from(tagged.data ?? "", "base64");
    return new TYPED[tagged[TAG]](b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)) satisfies Typed;
  }
  // Arrays are not walked: the index keeps typed arrays in objects only, and its long lists are plain.
  for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = revive(v);
  return value;
}

export function decodeSearchIndex(text: string, key?: string): SearchIndex | undefined {
  const saved = JSON.parse(text) as { key: string; index: unknown };
  if (key !== undefined && saved.key !== key) return undefined;
  return revive(saved.index) as SearchIndex;
}

export function writeSearchCache(kb: KnowledgeBase, file = SEARCH_CACHE_FILE): void {
  writeFileSync(file, encodeSearchIndex(buildSearchIndex(kb.entries, {}, kb.offTopic), searchIndexKey(kb)));
}

/** The searcher for this knowledge with the default options: from the cache when it was built from the same, else built now. */
export function loadSearcher(kb: KnowledgeBase, file = SEARCH_CACHE_FILE): Searcher {
  let index: SearchIndex | undefined;
  try {
    index = decodeSearchIndex(readFileSync(file, "utf8"), searchIndexKey(kb));
  } catch {
    index = undefined;
  }
  return searcherFromIndex(index ?? buildSearchIndex(kb.entries, {}, kb.offTopic));
}
