import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PROJECT_ROOT } from "../paths.js";

/** The knowledge files parsed at build time, keyed by a hash of their text: JSON loads far faster than YAML. */
export const YAML_CACHE_FILE = `${PROJECT_ROOT}dist/knowledge-cache.json`;

export type YamlCache = ReadonlyMap<string, unknown>;

// Loaded on first use: with every file in the cache, the bot starts without the YAML parser (~40 ms).
let yaml: typeof import("yaml") | undefined;
const parse = (source: string): unknown => {
  yaml ??= createRequire(import.meta.url)("yaml") as typeof import("yaml");
  return yaml.parse(source);
};

const keyOf = (source: string) => createHash("sha256").update(source).digest("base64");

/** An empty cache when the file is missing or unreadable: everything is then parsed as YAML. */
export function readYamlCache(file = YAML_CACHE_FILE): YamlCache {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>));
  } catch {
    return new Map();
  }
}

export function writeYamlCache(sources: readonly string[], file = YAML_CACHE_FILE): void {
  writeFileSync(file, JSON.stringify(Object.fromEntries(sources.map((s) => [keyOf(s), parse(s)]))));
}

/** YAML text to data: from the cache when this exact text was parsed into it, otherwise parsed now. */
export function parseYaml(source: string, cache: YamlCache): unknown {
  return cache.get(keyOf(source)) ?? parse(source);
}
