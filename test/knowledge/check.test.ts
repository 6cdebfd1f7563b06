import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderAnswerText } from "../../src/bot/answer.js";
import { createI18n } from "../../src/i18n.js";
import {
  checkKnowledge,
  extractNumbers,
  FILE_LEVEL,
  normalizeQuestion,
  type Problem,
} from "../../src/knowledge/check.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/knowledge/load.js";

const t = createI18n();
const render = (entry: Parameters<typeof renderAnswerText>[0], lang: Parameters<typeof renderAnswerText>[1]) =>
  renderAnswerText(entry, lang, t(lang));
const BAD = new URL("../fixtures/knowledge-bad/", import.meta.url).pathname;
const problems = checkKnowledge(BAD, { devSet: join(BAD, "dev-sample.tsv"), render });

describe("extractNumbers", () => {
  it.each([
    ["2023 жылғы 19-шы наурыз", ["19", "2023"]],
    ["1 050 000 теңге", ["1050000"]],
    ["KZT 1,050,000", ["1050000"]],
    ["12\u00a0035\u00a0578 сайлаушы", ["12035578"]],
    ["53,90% и 6,8%", ["53.9", "6.8"]],
    ["53.9% and 5 %", ["53.9", "5"]],
    ["07:00–20:00", ["7:00", "20:00"]],
    ["19.03.2023", ["19", "2023"]],
    ["19 марта 2023 года", ["19", "2023"]],
    ["90, 54, 52", ["90", "54", "52"]],
    ["sailau2023 and U2300000105", []],
  ])("%s", (text, expected) => {
    expect([...extractNumbers(text)].sort()).toEqual([...expected].sort());
  });
});

describe("normalizeQuestion", () => {
  it("ignores case, punctuation and spacing", () => {
    expect(normalizeQuestion("  Сайлау КҮНІ?! ")).toBe(normalizeQuestion("сайлау күні"));
    expect(normalizeQuestion("when, exactly?")).not.toBe(normalizeQuestion("when exactly was it"));
  });
});

describe("checkKnowledge on bad fixtures", () => {
  const expected: [file: string, entryId: string, field: string, message: RegExp][] = [
    ["broken.yaml", FILE_LEVEL, "(yaml)", /closing "quote/],
    ["broken.yaml", FILE_LEVEL, "(yaml)", /Flow map/],
    ["schema.yaml", "schema-errors", "title.en", /longer than 60/],
    ["schema.yaml", "schema-errors", "questions.kk", /is missing/],
    ["schema.yaml", "schema-errors", "answer.ru", /is missing/],
    ["schema.yaml", "schema-errors", "sources", /at least one source/],
    ["schema.yaml", "schema-errors", "asOf", /is missing/],
    ["schema.yaml", "schema-errors", "flow", /eligibility.*voting/],
    ["schema.yaml", "schema-errors", "(entry)", /extra/],
    ["schema.yaml", "bad-source", "sources.0.url", /https:\/\//],
    ["schema.yaml", "bad-source", "sources.1.url", /not a URL/],
    ["schema.yaml", "bad-source", "sources.1.url", /https:\/\//],
    ["schema.yaml", "bad-source", "asOf", /not a calendar date/],
    ["few-questions.yaml", "few-questions", "questions.en", /has 3 paraphrases, needs at least 5/],
    ["duplicates.yaml", "clean-numbers", "id", /duplicate id, first defined in clean\.yaml/],
    ["duplicates.yaml", "same-paraphrase", "related.0", /"no-such-entry" is not the id/],
    ["duplicates.yaml", "same-paraphrase", "questions.ru.0", /also a paraphrase of clean-other/],
    ["drift.yaml", "number-drift", "answer", /2023 is in kk, en but not in ru/],
    ["drift.yaml", "number-drift", "answer", /1050000 is in kk, en but not in ru/],
    ["drift.yaml", "number-drift", "answer", /1500000 is in ru but not in kk, en/],
    ["wrong-category.yaml", FILE_LEVEL, "category", /"nowhere" is not in categories\.yaml/],
    ["too-long.yaml", "answer-too-long", "answer.kk", /longer than 3500/],
    ["too-long.yaml", "message-too-long", "answer.kk", /rendered message has \d+ characters, Telegram allows 4096/],
    ["dev-set.yaml", "copies-dev-set", "questions.en.0", /dev-set question/],
    ["calendar.yaml", "dotted-date", "date", /^use YYYY-MM-DD$/],
    ["calendar.yaml", "february-30", "date", /is not a real date/],
    ["calendar.yaml", "month-13", "date", /is not a real date/],
    ["calendar.yaml", "no-russian", "title.ru", /is missing/],
    ["calendar.yaml", "no-source", "source", /is missing/],
    ["calendar.yaml", "plain-http", "source.url", /https:\/\//],
    ["calendar.yaml", "hour-25", "time", /use HH:MM/],
    ["calendar.yaml", "cal-one", "id", /duplicate id, first used by calendar cal-one/],
    ["calendar.yaml", "no-source", "id", /duplicate id, first used by an event of cal-one/],
    ["calendar.yaml", "cal-two", "title.en", /is missing/],
    ["calendar.yaml", "cal-two", "utcOffset", /use \+HH:MM/],
    ["calendar.yaml", "cal-two", "events", /not in date order/],
    ["off-topic.yaml", "no-english", "questions.en", /is missing/],
  ];

  it.each(expected)("%s › %s › %s", (file, entryId, field, message) => {
    const hit = problems.find(
      (p) => p.file === file && p.entryId === entryId && p.field === field && message.test(p.message),
    );
    expect(
      hit,
      JSON.stringify(
        problems.filter((p) => p.file === file),
        null,
        1,
      ),
    ).toBeDefined();
  });

  it("reports each planted problem once, however many checks could see it", () => {
    const twice = expected.filter(
      ([f, id, field, m]) =>
        problems.filter((p) => p.file === f && p.entryId === id && p.field === field && m.test(p.message)).length > 1,
    );
    expect(twice).toEqual([]);
  });

  it("reports nothing beyond the planted problems", () => {
    const planted = (p: Problem) =>
      expected.some(([f, id, field, m]) => p.file === f && p.entryId === id && p.field === field && m.test(p.message));
    expect(problems.filter((p) => !planted(p))).toEqual([]);
  });

  it("raises no false alarm on clean entries with tricky numbers", () => {
    expect(problems.filter((p) => p.file === "clean.yaml")).toEqual([]);
  });

  it("still checks the rendered length without a renderer", () => {
    const estimated = checkKnowledge(BAD).filter((p) => p.entryId === "message-too-long");
    expect(estimated.map((p) => p.field)).toEqual(["answer.kk"]);
  });
});

describe("checkKnowledge on off-topic.yaml", () => {
  // Read on its own once the schema passes, so duplicates show up only in a file whose every theme is well formed.
  const dir = mkdtempSync(join(tmpdir(), "saylau-kb-"));
  for (const f of ["categories.yaml", "calendar.yaml", "clean.yaml", "dev-sample.tsv"])
    copyFileSync(join(BAD, f), join(dir, f));
  const valid = (text: string) => {
    writeFileSync(join(dir, "off-topic.yaml"), text);
    return checkKnowledge(dir, { devSet: join(dir, "dev-sample.tsv") }).filter((p) => p.file === "off-topic.yaml");
  };

  it("reports repeated theme ids, repeated questions and dev-set copies", () => {
    const found = valid(
      'themes:\n  - { id: rain, about: "Rain", questions: { kk: ["жаңбыр"], ru: ["дождь"], en: ["rain"] } }\n' +
        '  - { id: rain, about: "Rain", questions: { kk: ["жаңбыр жауа ма"], ru: ["дождь"], en: ["How do I vote from abroad?"] } }\n',
    );
    expect(found.map((p) => `${p.entryId} › ${p.field}: ${p.message}`)).toEqual([
      "rain › id: duplicate theme id",
      'rain › questions.ru.0: "дождь" is also a paraphrase of rain (off-topic.yaml)',
      'rain › questions.en.0: "How do I vote from abroad?" is a dev-set question; write your own wording',
    ]);
  });
});

describe("checkKnowledge on the calendar file itself", () => {
  // Only categories.yaml is needed beside it: the calendar is checked even in a folder without entries.
  function dirWith(calendar: string | undefined): string {
    const dir = mkdtempSync(join(tmpdir(), "saylau-kb-"));
    copyFileSync(join(BAD, "categories.yaml"), join(dir, "categories.yaml"));
    if (calendar !== undefined) writeFileSync(join(dir, "calendar.yaml"), calendar);
    return dir;
  }

  it("reports a calendar.yaml that is not valid YAML", () => {
    const found = checkKnowledge(dirWith('calendars:\n  - id: "unclosed\n'));
    expect(found).toEqual([expect.objectContaining({ file: "calendar.yaml", entryId: FILE_LEVEL, field: "(yaml)" })]);
  });

  it("reports a missing or empty calendar.yaml", () => {
    expect(checkKnowledge(dirWith(undefined))).toEqual([
      { file: "calendar.yaml", entryId: FILE_LEVEL, field: "(file)", message: "is missing" },
    ]);
    expect(checkKnowledge(dirWith("calendars: []\n")).map((p) => p.field)).toEqual(["calendars"]);
  });
});

describe("the real knowledge base", () => {
  const devSet = join(DEFAULT_KNOWLEDGE_DIR, "../../shared/eval/dev.tsv");

  it("passes kb:check with no problems", () => {
    const found = checkKnowledge(DEFAULT_KNOWLEDGE_DIR, { devSet, render });
    expect(found.map((p) => `${p.file} › ${p.entryId} › ${p.field}: ${p.message}`)).toEqual([]);
  });
});
