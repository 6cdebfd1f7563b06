import { createHash } from "node:crypto";
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../paths.js";
import { buildSearchIndex, type Searcher, type SearchIndex, searcherFromIndex } from "../search/index.js";
import type { KnowledgeBase } from "./load.js";

/** The search index built by `npm run build`: loading it takes a fraction of building it at start-up. */
export const SEARCH_CACHE_FILE = `${PROJECT_ROOT}dist/search-index.bin`;

const SEARCH_DIR = fileURLToPath(new URL("../search/", import.meta.url));

/**
 * What the index depends on: the knowledge, the search code that read it (src/search under tsx, its build under
 * dist), this file's format and the stemmers. A cache built from anything else is not used.
 */
export function searchIndexKey(kb: Pick<KnowledgeBase, "entries" | "offTopic">): string {
  const hash = createHash("sha256").update(JSON.stringify([kb.entries, kb.offTopic]));
  // Every stage's code, in its subfolders too: a change to any of them may change what the index holds.
  const code = readdirSync(SEARCH_DIR, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.[jt]s$/.test(f))
    .sort()
    .map((f) => `${SEARCH_DIR}${f}`);
  for (const file of [...code, fileURLToPath(import.meta.url)]) hash.update(readFileSync(file));
  const require = createRequire(import.meta.url);
  for (const stemmer of ["snowball-stemmers", "porter2"])
    hash.update((require(`${stemmer}/package.json`) as { version: string }).version);
  return hash.digest("base64");
}

const TYPED = { Uint32Array, Int32Array, Float32Array, Float64Array } as const;
type TypedName = keyof typeof TYPED;
type Tag = { $typed: TypedName; at: number; length: number };
const align = (n: number) => Math.ceil(n / 8) * 8;

/**
 * One file: the byte length of a JSON header; the header (the key, the size of the arrays' bytes, and the index with
 * each typed array replaced by where its bytes are); then those bytes, each array on an 8-byte boundary. Read back,
 * the arrays are views over one buffer the bytes are read into: nothing to decode, and nothing to parse but the header.
 */
export function encodeSearchIndex(index: SearchIndex, key = ""): Buffer {
  const arrays: ArrayBufferView[] = [];
  let size = 0;
  const tagged = JSON.stringify(index, (_, value: unknown) => {
    if (!ArrayBuffer.isView(value)) return value;
    const tag: Tag = {
      $typed: value.constructor.name as TypedName,
      at: size,
      length: value.byteLength / (value as Uint8Array).BYTES_PER_ELEMENT,
    };
    arrays.push(value);
    size = align(size + value.byteLength);
    return tag;
  });
  const head = Buffer.from(`{"key":${JSON.stringify(key)},"size":${size},"index":${tagged}}`);
  const start = align(4 + head.length);
  const out = Buffer.alloc(start + size);
  out.writeUInt32LE(head.length, 0);
  head.copy(out, 4);
  let at = start;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at = align(at + a.byteLength);
  }
  return out;
}

/** Fills `into` with the saved bytes from position `at` on, or throws. */
type Reader = (into: Uint8Array, at: number) => void;

function decode(read: Reader, key?: string): SearchIndex | undefined {
  const head = new Uint8Array(4);
  read(head, 0);
  const json = new Uint8Array(new DataView(head.buffer).getUint32(0, true));
  read(json, 4);
  const saved = JSON.parse(new TextDecoder().decode(json)) as { key: string; size: number; index: unknown };
  if (key !== undefined && saved.key !== key) return undefined;
  // Read straight into the one buffer the arrays will view: no copy of the file to free afterwards (peak memory).
  const blob = new ArrayBuffer(saved.size);
  read(new Uint8Array(blob), align(4 + json.length));
  const revive = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    const tag = value as Partial<Tag>;
    if (tag.$typed) return new TYPED[tag.$typed](blob, tag.at, tag.length);
    // Arrays are not walked: the index keeps typed arrays in objects only, and its long lists are plain.
    for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = revive(v);
    return value;
  };
  return revive(saved.index) as SearchIndex;
}

export function decodeSearchIndex(bytes: Uint8Array, key?: string): SearchIndex | undefined {
  return decode((into, at) => {
    if (at + into.length > bytes.length) throw new RangeError("search index: the data ends early");
    into.set(bytes.subarray(at, at + into.length));
  }, key);
}

/** The index saved in `file`, or undefined when it was built from something else; throws when it cannot be read. */
export function readSearchIndex(file: string, key?: string): SearchIndex | undefined {
  const fd = openSync(file, "r");
  try {
    return decode((into, at) => {
      if (readSync(fd, into, 0, into.length, at) !== into.length) throw new RangeError(`${file}: the file ends early`);
    }, key);
  } finally {
    closeSync(fd);
  }
}

export function writeSearchCache(kb: KnowledgeBase, file = SEARCH_CACHE_FILE): void {
  writeFileSync(file, encodeSearchIndex(buildSearchIndex(kb.entries, {}, kb.offTopic), searchIndexKey(kb)));
}

// One searcher per knowledge and index file in a process: callers cannot change a searcher, so bots created side by
// side (the tests, the bench) share one instead of each building its index (about 1 s) and holding a copy.
const loaded = new Map<string, Searcher>();

/** The searcher for this knowledge with the default options: from the cache when it was built from the same, else built now. */
export function loadSearcher(kb: KnowledgeBase, file = SEARCH_CACHE_FILE): Searcher {
  const key = searchIndexKey(kb);
  const slot = `${file}\n${key}`;
  const known = loaded.get(slot);
  if (known) return known;
  let index: SearchIndex | undefined;
  try {
    index = readSearchIndex(file, key);
  } catch {
    index = undefined;
  }
  const searcher = searcherFromIndex(index ?? buildSearchIndex(kb.entries, {}, kb.offTopic));
  loaded.set(slot, searcher);
  return searcher;
}
