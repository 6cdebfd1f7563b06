import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCalendars } from "../../src/calendar/load.js";
import { KnowledgeError, loadKnowledge } from "../../src/knowledge/load.js";

function dirWith(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "calendar-"));
  writeFileSync(join(dir, "calendar.yaml"), yaml);
  return dir;
}

const event = (id: string, date: string, extra = "") => `
      - id: ${id}
        date: "${date}"${extra}
        title: { kk: "к", ru: "р", en: "e" }
        source: { title: "CEC", url: "https://www.election.gov.kz" }`;

const file = (events: string) => `calendars:
  - id: test
    title: { kk: "к", ru: "р", en: "e" }
    utcOffset: "+06:00"
    events:${events}
`;

describe("knowledge/calendar.yaml", () => {
  const calendars = loadCalendars();
  const events = calendars.flatMap((c) => c.events);

  it("has the 2023 election calendar and the 2026 dates", () => {
    expect(events.map((e) => e.date)).toEqual(
      expect.arrayContaining([
        "2022-09-01",
        "2023-01-19",
        "2023-01-20",
        "2023-02-08",
        "2023-02-17",
        "2023-02-18",
        "2023-03-13",
        "2023-03-18",
        "2023-03-19",
        "2023-03-20",
        "2023-03-27",
        "2026-03-15",
        "2026-07-01",
        "2026-08-23",
      ]),
    );
    expect(events.find((e) => e.date === "2023-02-08")?.time).toBe("18:00");
  });

  it("marks the Kurultai election date as medium confidence", () => {
    expect(events.find((e) => e.date === "2026-08-23")?.confidence).toBe("medium");
  });

  it("sits next to the knowledge files without being read as one", () => {
    expect(() => loadKnowledge()).not.toThrow();
  });
});

describe("loadCalendars", () => {
  it("reads a valid file and defaults confidence to high", () => {
    const [calendar] = loadCalendars(
      dirWith(file(event("a", "2023-01-01") + event("b", "2023-01-02", '\n        time: "18:00"'))),
    );
    expect(calendar?.events.map((e) => [e.id, e.confidence, e.time])).toEqual([
      ["a", "high", undefined],
      ["b", "high", "18:00"],
    ]);
  });

  it.each([
    ["an impossible date", file(event("a", "2023-02-30")), /not a real date/],
    ["events out of order", file(event("a", "2023-03-01") + event("b", "2023-02-01")), /date order/],
    ["a duplicate id", file(event("a", "2023-01-01") + event("a", "2023-01-02")), /unique/],
    ["a bad time", file(event("a", "2023-01-01", '\n        time: "25:00"')), /HH:MM/],
    [
      "a missing language",
      file(event("a", "2023-01-01")).replace(
        'title: { kk: "к", ru: "р", en: "e" }\n        source',
        'title: { kk: "к", ru: "р" }\n        source',
      ),
      /en/,
    ],
    ["broken YAML", "calendars: [", /cannot read YAML/],
  ])("rejects %s with a clear KnowledgeError", (_, yaml, message) => {
    expect(() => loadCalendars(dirWith(yaml))).toThrow(KnowledgeError);
    expect(() => loadCalendars(dirWith(yaml))).toThrow(message);
  });
});
