import { join } from "node:path";
import { renderAnswerText } from "../bot/answer.js";
import { createI18n, missingLocaleKeys } from "../i18n.js";
import { checkKnowledge } from "../knowledge/check.js";
import { homePageSources } from "../knowledge/home-page-sources.js";
import { DEFAULT_KNOWLEDGE_DIR, knowledgeFiles, loadKnowledge, RESERVED } from "../knowledge/load.js";

const dir = process.argv[2] ?? DEFAULT_KNOWLEDGE_DIR;
const devSet = join(DEFAULT_KNOWLEDGE_DIR, "../../shared/eval/dev.tsv");
const t = createI18n();
const problems = checkKnowledge(dir, { devSet, render: (entry, lang) => renderAnswerText(entry, lang, t(lang)) });
// The locales ship with the knowledge: a key one language lacks would reach users as the bare key.
for (const [lang, keys] of Object.entries(missingLocaleKeys()))
  for (const key of keys)
    problems.push({
      file: `locales/${lang}.json`,
      entryId: "-",
      field: key,
      message: "missing or empty (the other languages have it)",
    });
if (problems.length === 0) {
  // Sources a journalist cannot follow: a known one is a warning until its article is found, a new one an error.
  const homes = homePageSources(loadKnowledge(dir).entries);
  const known = homes.filter((h) => h.known);
  for (const h of homes.filter((x) => !x.known))
    problems.push({
      file: "knowledge",
      entryId: h.entryId,
      field: `sources.${h.index}.url`,
      message: `"${h.url}" is a home page: cite the article's own address`,
    });
  if (known.length > 0) {
    console.log(
      `kb:check: warning: ${known.length} sources in ${new Set(known.map((h) => h.entryId)).size} entries are a publisher's home page, not the article (replace them with the article's address):`,
    );
    for (const h of known) console.log(`  ${h.entryId} › sources.${h.index}.url: ${h.url}`);
  }
}

for (const p of problems) console.log(`${p.file} › ${p.entryId} › ${p.field}: ${p.message}`);
const files = knowledgeFiles(dir).length;
if (problems.length === 0) {
  const waiting = loadKnowledge(dir).entries.filter((e) => !e.verified);
  if (waiting.length > 0)
    console.log(
      `kb:check: ${waiting.length} entries say the bot has no verified source and wait for one: ${waiting.map((e) => e.id).join(", ")}`,
    );
}
if (problems.length === 0) {
  // The count names every file checked: the entry files and the reserved ones (walkthrough 12 counted 12 and read 9).
  console.log(
    `kb:check: no problems in ${files + RESERVED.size} knowledge files (${files} of entries, ${[...RESERVED].join(", ")})`,
  );
} else {
  const where = new Set(problems.map((p) => p.file)).size;
  console.log(
    `kb:check: ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${where} of ${files} files (+ categories.yaml, calendar.yaml, off-topic.yaml)`,
  );
  process.exitCode = 1;
}
