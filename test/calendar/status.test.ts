import { describe, expect, it } from "vitest";
import type { Calendar } from "../../src/calendar/schema.js";
import { eventStatus, markEvents } from "../../src/calendar/status.js";

const ASTANA_2023 = "+06:00";

describe("eventStatus", () => {
  it.each([
    ["2023-03-19", undefined, "2023-03-01T00:00:00Z", "upcoming"],
    ["2023-02-08", "18:00", "2023-03-01T00:00:00Z", "past"],
    ["2023-03-19", undefined, "2023-03-19T00:00:00Z", "today"],
    ["2023-03-19", undefined, "2023-03-18T17:59:59Z", "upcoming"],
    ["2023-03-19", undefined, "2023-03-18T18:00:00Z", "today"],
    ["2023-03-19", undefined, "2023-03-19T17:59:59Z", "today"],
    ["2023-03-19", undefined, "2023-03-19T18:00:00Z", "past"],
    ["2023-02-08", "18:00", "2023-02-08T11:59:59Z", "today"],
    ["2023-02-08", "18:00", "2023-02-08T12:00:00Z", "past"],
    ["2023-02-08", "18:00", "2023-02-07T12:00:00Z", "upcoming"],
  ] as const)("%s %s at %s is %s (Astana, UTC+6)", (date, time, now, expected) => {
    expect(eventStatus({ date, time }, ASTANA_2023, new Date(now))).toBe(expected);
  });

  it("uses the calendar's own offset", () => {
    const now = new Date("2026-08-22T19:30:00Z");
    expect(eventStatus({ date: "2026-08-23" }, "+05:00", now)).toBe("today");
    expect(eventStatus({ date: "2026-08-23" }, "-05:00", now)).toBe("upcoming");
  });
});

describe("markEvents", () => {
  it("marks every event of a calendar", () => {
    const calendar: Calendar = {
      id: "c",
      title: { kk: "k", ru: "r", en: "e" },
      utcOffset: ASTANA_2023,
      events: [
        {
          id: "a",
          date: "2023-02-08",
          time: "18:00",
          title: { kk: "k", ru: "r", en: "e" },
          source: { title: "s", url: "https://example.org" },
          confidence: "high",
        },
        {
          id: "b",
          date: "2023-03-19",
          title: { kk: "k", ru: "r", en: "e" },
          source: { title: "s", url: "https://example.org" },
          confidence: "high",
        },
      ],
    };
    expect(markEvents(calendar, new Date("2023-03-01T12:00:00Z")).map((e) => [e.id, e.status])).toEqual([
      ["a", "past"],
      ["b", "upcoming"],
    ]);
  });
});
