import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { entrySchema, sourceSchema } from "../../src/knowledge/schema.js";

// The loader enforces what kb:check enforces, so a file the checker refuses can never be loaded and rendered.
describe("the knowledge schema", () => {
  it.each([
    ["http://example.kz/a", false],
    ["https://example.kz/a?b=1", true],
    ['https://example.kz/a"><b>x', false],
    ["https://example.kz/a b", false],
    ["ftp://example.kz/a", false],
  ])("a source at %s is accepted: %s", (url, ok) => {
    expect(sourceSchema.safeParse({ title: "T", url }).success).toBe(ok);
  });

  it.each([
    ["2023-03-19", true],
    ["2024-02-29", true],
    ["2023-02-30", false],
    ["2023-13-01", false],
    ["19.03.2023", false],
  ])("an asOf of %s is accepted: %s", (asOf, ok) => {
    // The loader adds the category from the file; the schema reads an entry as written in it.
    const { category: _, ...entry } = { ...loadKnowledge().entries[0]!, asOf };
    expect(entrySchema.safeParse(entry).success).toBe(ok);
  });
});
