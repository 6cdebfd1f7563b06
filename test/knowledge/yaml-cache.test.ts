import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseYaml, readYamlCache, writeYamlCache } from "../../src/knowledge/yaml-cache.js";

const source =
  'category: voting\nentries:\n  - id: a\n    questions: { kk: ["сұрақ?"], ru: ["вопрос?"], en: ["question?"] }\n    asOf: "2023-03-19"\n';

function cacheOf(...sources: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), "saylau-yaml-")), "cache.json");
  writeYamlCache(sources, file);
  return file;
}

describe("the build's YAML cache", () => {
  it("gives the same data as parsing the text", () => {
    expect(parseYaml(source, readYamlCache(cacheOf(source)))).toEqual(parse(source));
  });

  it("serves a text it holds from the cache", () => {
    const file = cacheOf(source);
    const [key] = Object.keys(JSON.parse(readFileSync(file, "utf8")) as object);
    writeFileSync(file, JSON.stringify({ [key!]: { from: "cache" } }));
    expect(parseYaml(source, readYamlCache(file))).toEqual({ from: "cache" });
  });

  it("parses an edited text afresh instead of serving the old one", () => {
    const edited = source.replace("вопрос?", "другой вопрос?");
    expect(parseYaml(edited, readYamlCache(cacheOf(source)))).toEqual(parse(edited));
  });

  it("is empty, not an error, when the file is missing or broken", () => {
    expect(readYamlCache(join(tmpdir(), "no-such-saylau-cache.json")).size).toBe(0);
    const broken = cacheOf(source);
    writeFileSync(broken, "{ not json");
    expect(readYamlCache(broken).size).toBe(0);
  });
});
