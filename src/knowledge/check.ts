import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { CALENDAR_FILE } from "../calendar/load.js";
import { checkCalendar } from "./check-calendar.js";
import { extractNumbers, normalizeQuestion, visibleLength } from "./check-text.js";
import { FILE_LEVEL, isRecord, type Report, readYaml, strings, zodIssues } from "./check-yaml.js";
import { knowledgeFiles, OFF_TOPIC_FILE } from "./load.js";
import {
  categoriesFileSchema,
  type Entry,
  entrySchema,
  LANGS,
  type Lang,
  MIN_QUESTIONS,
  offTopicFileSchema,
  sourceTitle,
} from "./schema.js";

export { extractNumbers, normalizeQuestion } from "./check-text.js";
export { FILE_LEVEL } from "./check-yaml.js";

export const TELEGRAM_MESSAGE_MAX = 4096;
const CATEGORIES_FILE = "categories.yaml";

export interface Problem {
  file: string;
  entryId: string;
  field: string;
  message: string;
}

export interface CheckOptions {
  /** Path of a TSV (topic, lang, question) whose questions must not appear in the knowledge base; skipped if absent. */
  devSet?: string;
  /** Renders an entry as the Telegram HTML message; without it a close estimate is used. */
  render?: (entry: Entry, lang: Lang) => string;
}

interface RawEntry {
  file: string;
  id: string;
  hasId: boolean;
  raw: Record<string, unknown>;
  parsed: Entry | undefined;
}

function estimateRender(entry: Entry, lang: Lang): string {
  const sources = entry.sources.map((s) => sourceTitle(s, lang)).join("; ");
  const labels = "Дереккөздер: Мәліметтер 00 қыркүйек 0000 ж. бойынша";
  return [`<b>${entry.title[lang]}</b>`, entry.answer[lang], `<i>${labels}</i> ${sources}`].join("\n\n");
}

function checkCategories(dir: string, report: Report): Set<string> | undefined {
  const path = join(dir, CATEGORIES_FILE);
  if (!existsSync(path)) {
    report(CATEGORIES_FILE, FILE_LEVEL, "(file)", "is missing");
    return undefined;
  }
  const data = readYaml(path, CATEGORIES_FILE, report);
  if (data === undefined) return undefined;
  const result = categoriesFileSchema.safeParse(data);
  if (!result.success) {
    for (const i of zodIssues(result.error, data))
      report(CATEGORIES_FILE, FILE_LEVEL, i.path.join(".") || "(file)", i.message);
    return undefined;
  }
  return new Set(result.data.categories.map((c) => c.id));
}

// The calendar is only read when someone opens /calendar, so a mistake in it would otherwise surface in front of a user.
/** Returns the entries the blocks name as their results, for the caller to check once the entries are read. */
// Optional. Its questions join the cross-entry checks: one that is also a paraphrase would teach the matcher to abstain on it.
function readOffTopic(dir: string, report: Report): RawEntry[] {
  const path = join(dir, OFF_TOPIC_FILE);
  if (!existsSync(path)) return [];
  const data = readYaml(path, OFF_TOPIC_FILE, report);
  if (data === undefined) return [];
  const result = offTopicFileSchema.safeParse(data);
  if (!result.success) {
    const themes = isRecord(data) && Array.isArray(data.themes) ? data.themes : [];
    for (const { path, message } of zodIssues(result.error, data)) {
      const [, index, ...rest] = path;
      if (typeof index !== "number") {
        report(OFF_TOPIC_FILE, FILE_LEVEL, path.join(".") || "(file)", message);
        continue;
      }
      const theme: unknown = themes[index];
      const id = isRecord(theme) && typeof theme.id === "string" ? theme.id : `#${index + 1}`;
      report(OFF_TOPIC_FILE, id, rest.join(".") || "(theme)", message);
    }
    return [];
  }
  const ids = new Set<string>();
  return result.data.themes.map((theme) => {
    if (ids.has(theme.id)) report(OFF_TOPIC_FILE, theme.id, "id", "duplicate theme id");
    ids.add(theme.id);
    return { file: OFF_TOPIC_FILE, id: theme.id, hasId: false, raw: { questions: theme.questions }, parsed: undefined };
  });
}

function readEntries(dir: string, categories: Set<string> | undefined, report: Report): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const path of knowledgeFiles(dir)) {
    const file = relative(dir, path);
    const data = readYaml(path, file, report);
    if (data === undefined) continue;
    if (!isRecord(data)) {
      report(file, FILE_LEVEL, "(file)", "must be a mapping with `category` and `entries`");
      continue;
    }
    for (const key of Object.keys(data)) {
      if (key !== "category" && key !== "entries")
        report(file, FILE_LEVEL, key, "unknown key (only `category` and `entries`)");
    }
    const category = data.category;
    if (typeof category !== "string") report(file, FILE_LEVEL, "category", "is missing");
    else if (categories && !categories.has(category))
      report(file, FILE_LEVEL, "category", `"${category}" is not in ${CATEGORIES_FILE}`);
    if (!Array.isArray(data.entries) || data.entries.length === 0) {
      report(file, FILE_LEVEL, "entries", "needs a list of at least one entry");
      continue;
    }
    data.entries.forEach((raw: unknown, index: number) => {
      const rec = isRecord(raw) ? raw : {};
      const hasId = typeof rec.id === "string" && rec.id.trim() !== "";
      const id = hasId ? (rec.id as string) : `#${index + 1}`;
      const result = entrySchema.safeParse(raw);
      if (!result.success) {
        for (const i of zodIssues(result.error, raw)) report(file, id, i.path.join(".") || "(entry)", i.message);
      }
      const parsed = result.success && typeof category === "string" ? { ...result.data, category } : undefined;
      entries.push({ file, id, hasId, raw: rec, parsed });
    });
  }
  return entries;
}

function checkEntry(e: RawEntry, report: Report, render: (entry: Entry, lang: Lang) => string): void {
  const questions = isRecord(e.raw.questions) ? e.raw.questions : {};
  for (const lang of LANGS) {
    const n = strings(questions[lang]).length;
    if (Array.isArray(questions[lang]) && n < MIN_QUESTIONS) {
      report(e.file, e.id, `questions.${lang}`, `has ${n} paraphrases, needs at least ${MIN_QUESTIONS}`);
    }
  }
  const answer = isRecord(e.raw.answer) ? e.raw.answer : {};
  const numbers = new Map<Lang, Set<string>>();
  for (const lang of LANGS) {
    const text = answer[lang];
    if (typeof text === "string") numbers.set(lang, extractNumbers(text));
  }
  if (numbers.size > 1) {
    const all = new Set([...numbers.values()].flatMap((s) => [...s]));
    for (const n of all) {
      const has = [...numbers].filter(([, s]) => s.has(n)).map(([l]) => l);
      const lacks = [...numbers].filter(([, s]) => !s.has(n)).map(([l]) => l);
      if (lacks.length > 0)
        report(e.file, e.id, "answer", `number ${n} is in ${has.join(", ")} but not in ${lacks.join(", ")}`);
    }
  }
  if (e.parsed) {
    for (const lang of LANGS) {
      const length = visibleLength(render(e.parsed, lang));
      if (length > TELEGRAM_MESSAGE_MAX) {
        report(
          e.file,
          e.id,
          `answer.${lang}`,
          `the rendered message has ${length} characters, Telegram allows ${TELEGRAM_MESSAGE_MAX}`,
        );
      }
    }
  }
}

function readDevSet(path: string | undefined): Set<string> {
  if (!path || !existsSync(path)) return new Set();
  const rows = readFileSync(path, "utf8").split("\n").slice(1);
  return new Set(rows.map((r) => normalizeQuestion(r.split("\t")[2] ?? "")).filter(Boolean));
}

function checkAcrossEntries(entries: RawEntry[], devSet: Set<string>, report: Report): void {
  const firstById = new Map<string, RawEntry>();
  for (const e of entries) {
    if (!e.hasId) continue;
    const first = firstById.get(e.id);
    if (first) report(e.file, e.id, "id", `duplicate id, first defined in ${first.file}`);
    else firstById.set(e.id, e);
  }
  for (const e of entries) {
    strings(e.raw.related).forEach((id, i) => {
      if (!firstById.has(id)) report(e.file, e.id, `related.${i}`, `"${id}" is not the id of any entry`);
      else if (id === e.id) report(e.file, e.id, `related.${i}`, "points to the entry itself");
    });
    const replaced = isRecord(e.raw.supersededBy) ? e.raw.supersededBy.entry : undefined;
    if (typeof replaced === "string" && !firstById.has(replaced))
      report(e.file, e.id, "supersededBy.entry", `"${replaced}" is not the id of any entry`);
    else if (replaced === e.id) report(e.file, e.id, "supersededBy.entry", "points to the entry itself");
  }
  const seen = new Map<string, { e: RawEntry; field: string }>();
  for (const e of entries) {
    const questions = isRecord(e.raw.questions) ? e.raw.questions : {};
    for (const lang of LANGS) {
      strings(questions[lang]).forEach((q, i) => {
        const key = normalizeQuestion(q);
        const field = `questions.${lang}.${i}`;
        if (!key) return;
        if (devSet.has(key)) report(e.file, e.id, field, `"${q}" is a dev-set question; write your own wording`);
        const first = seen.get(key);
        if (!first) seen.set(key, { e, field });
        else if (first.e === e) report(e.file, e.id, field, `"${q}" repeats ${first.field}`);
        else report(e.file, e.id, field, `"${q}" is also a paraphrase of ${first.e.id} (${first.e.file})`);
      });
    }
  }
}

export function checkKnowledge(dir: string, options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (file, entryId, field, message) => problems.push({ file, entryId, field, message });
  const categories = checkCategories(dir, report);
  const resultIds = checkCalendar(dir, report);
  const entries = readEntries(dir, categories, report);
  const ids = new Set(entries.map((e) => e.id));
  for (const { calendarId, id } of resultIds)
    if (!ids.has(id)) report(CALENDAR_FILE, calendarId, "results", `"${id}" is not the id of any entry`);
  for (const e of entries) checkEntry(e, report, options.render ?? estimateRender);
  checkAcrossEntries([...entries, ...readOffTopic(dir, report)], readDevSet(options.devSet), report);
  const order = (file: string) => (file === CATEGORIES_FILE ? "" : file);
  return problems.sort((a, b) => order(a.file).localeCompare(order(b.file)));
}
