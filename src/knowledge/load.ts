import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "zod";
import { PROJECT_ROOT } from "../paths.js";
import {
  type Category,
  categoriesFileSchema,
  type Entry,
  knowledgeFileSchema,
  type OffTopicTheme,
  offTopicFileSchema,
} from "./schema.js";
import { parseYaml, readYamlCache, type YamlCache } from "./yaml-cache.js";

export const DEFAULT_KNOWLEDGE_DIR = `${PROJECT_ROOT}knowledge/`;
const CATEGORIES_FILE = "categories.yaml";
export const OFF_TOPIC_FILE = "off-topic.yaml";
/** The files of knowledge/ that hold no entries. */
export const RESERVED = new Set([CATEGORIES_FILE, "calendar.yaml", OFF_TOPIC_FILE]);

export interface KnowledgeBase {
  entries: Entry[];
  byId: Map<string, Entry>;
  categories: Category[];
  /** Examples of questions the bot must not answer; empty when the folder has no off-topic.yaml. */
  offTopic: OffTopicTheme[];
}

export class KnowledgeError extends Error {
  override name = "KnowledgeError";
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join("; ")}`);
  }
}

function describe(error: z.ZodError, data: unknown): string[] {
  return error.issues.map((issue) => {
    const [first, index] = issue.path;
    let where = issue.path.join(".");
    if (first === "entries" && typeof index === "number") {
      const entryId = (data as { entries?: { id?: unknown }[] }).entries?.[index]?.id;
      where = `entry ${typeof entryId === "string" ? entryId : `#${index + 1}`} › ${issue.path.slice(2).join(".") || "(entry)"}`;
    }
    return `${where}: ${issue.message}`;
  });
}

export function parseFile<S extends z.ZodType>(
  path: string,
  schema: S,
  root: string,
  cache: YamlCache = new Map(),
): z.infer<S> {
  const name = relative(root, path) || path;
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, "utf8"), cache);
  } catch (err) {
    throw new KnowledgeError(name, [`cannot read YAML: ${(err as Error).message.split("\n")[0]}`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new KnowledgeError(name, describe(result.error, data));
  return result.data;
}

export function knowledgeFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") && !RESERVED.has(f))
    .sort()
    .map((f) => join(dir, f));
}

export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  // Read for this load only: kept afterwards, the parsed copy would sit beside the knowledge for the process's life.
  const cache = readYamlCache();
  const { categories } = parseFile(join(dir, CATEGORIES_FILE), categoriesFileSchema, dir, cache);
  const known = new Set(categories.map((c) => c.id));
  const entries: Entry[] = [];
  const byId = new Map<string, Entry>();
  for (const file of knowledgeFiles(dir)) {
    const parsed = parseFile(file, knowledgeFileSchema, dir, cache);
    const name = relative(dir, file);
    if (!known.has(parsed.category)) {
      throw new KnowledgeError(name, [`category "${parsed.category}" is not in ${CATEGORIES_FILE}`]);
    }
    for (const e of parsed.entries) {
      if (byId.has(e.id)) throw new KnowledgeError(name, [`entry ${e.id}: duplicate id`]);
      const entry: Entry = { ...e, category: parsed.category };
      entries.push(entry);
      byId.set(e.id, entry);
    }
  }
  const offTopicPath = join(dir, OFF_TOPIC_FILE);
  const offTopic = existsSync(offTopicPath) ? parseFile(offTopicPath, offTopicFileSchema, dir, cache).themes : [];
  return { entries, byId, categories, offTopic };
}
