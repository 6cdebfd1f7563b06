import { describe, expect, it } from "vitest";
import { loadCalendars } from "../../src/calendar/load.js";
import { calendarSchema, electionOf } from "../../src/calendar/schema.js";
import { parseInstant } from "../../src/clock.js";
import { noticesOnDay } from "../../src/notify/preview.js";
import { dueNotices } from "../../src/notify/schedule.js";

const fixture = loadCalendars("test/fixtures/notify");
const real = loadCalendars();
const onDay = (calendars: typeof fixture, day: string) => noticesOnDay(calendars, parseInstant(day)!).map((n) => n.id);

describe("noticesOnDay (npm run notices -- --at)", () => {
  it.each([
    ["2026-12-05", ["called:elections-2029"]],
    ["2029-03-10", ["called:elections-2029", "remind:absentee-end-2029"]],
    ["2029-03-16", ["called:elections-2029", "remind:silence-eve-2029"]],
    ["2029-03-18", ["called:elections-2029", "remind:election-day-2029"]],
    ["2029-03-19", []],
  ])("the fixture on %s: %j", (day, expected) => {
    expect(onDay(fixture, day)).toEqual(expected);
  });
});

describe("a block's election day", () => {
  it("is the event `election` names, not the results published after it", () => {
    const block = real.find((c) => c.id === "elections-2023")!;
    expect(electionOf(block).date).toBe("2023-03-19");
    // The day after the vote the 2023 elections are over: nobody is told they were "called".
    expect(dueNotices(real, new Date("2023-03-20T12:00:00Z")).map((n) => n.id)).not.toContain("called:elections-2023");
  });

  it("must name one of the block's events", () => {
    const block = {
      id: "b",
      title: { kk: "a", ru: "a", en: "a" },
      utcOffset: "+05:00",
      election: "missing",
      events: [
        {
          id: "e",
          date: "2029-01-01",
          title: { kk: "a", ru: "a", en: "a" },
          source: { title: "CEC", url: "https://www.election.gov.kz/x" },
        },
      ],
    };
    const parsed = calendarSchema.safeParse(block);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["election"]);
  });
});
