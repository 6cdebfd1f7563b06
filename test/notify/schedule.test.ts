import { describe, expect, it } from "vitest";
import { loadCalendars } from "../../src/calendar/load.js";
import { dueNotices, eventInstant, nextReminder } from "../../src/notify/schedule.js";

const calendars = loadCalendars("test/fixtures/notify");
const due = (iso: string) => dueNotices(calendars, new Date(iso)).map((n) => n.id);

describe("dueNotices", () => {
  it.each([
    // The 2023 block is history by 2026: never announced, and its reminder long past its window.
    ["2026-12-05T10:00:00Z", ["called:elections-2029"]],
    // 09:00 in UTC+5 is 04:00 UTC: not yet at 03:59, due from 04:00, gone 12 hours later.
    ["2029-03-10T03:59:00Z", ["called:elections-2029"]],
    ["2029-03-10T04:00:00Z", ["called:elections-2029", "remind:absentee-end-2029"]],
    ["2029-03-10T15:59:00Z", ["called:elections-2029", "remind:absentee-end-2029"]],
    ["2029-03-10T16:00:00Z", ["called:elections-2029"]],
    ["2029-03-16T13:00:00Z", ["called:elections-2029", "remind:silence-eve-2029"]],
    // Election day at 08:00 local: the reminder goes, and once voting opened the election is no longer "called".
    ["2029-03-18T02:59:00Z", ["called:elections-2029"]],
    ["2029-03-18T03:00:00Z", ["remind:election-day-2029"]],
    ["2029-03-19T00:00:00Z", []],
    // On 19 March 2023 before the polls opened the 2023 block was still ahead; the 2029 block, in the file too, is
    // not known before its first event (5 Dec 2026), so it is not announced on a day in 2023 (walkthrough 10).
    ["2023-03-19T00:30:00Z", ["called:elections-2023"]],
    ["2023-03-19T01:30:00Z", ["remind:election-day-2023"]],
    ["2026-12-04T18:59:00Z", []],
    ["2026-12-04T19:00:00Z", ["called:elections-2029"]],
  ])("at %s: %j", (at, expected) => {
    expect(due(at)).toEqual(expected);
  });

  it("reads an event's time in its block's UTC offset", () => {
    expect(eventInstant({ date: "2029-03-18", time: "08:00" }, "+05:00").toISOString()).toBe(
      "2029-03-18T03:00:00.000Z",
    );
    expect(eventInstant({ date: "2029-03-10" }, "+05:00").toISOString()).toBe("2029-03-10T04:00:00.000Z");
  });
});

describe("dueNotices on the knowledge base's calendar (walkthrough 11)", () => {
  const real = loadCalendars("knowledge");
  it.each([
    // The 2026 block keeps the referendum of 15 March as its history: the Kurultai election was not called then.
    ["2026-03-20T06:00:00Z", []],
    ["2026-06-30T18:59:00Z", []],
    ["2026-06-30T19:00:00Z", ["called:reform-2026"]],
    ["2026-08-22T18:59:00Z", ["called:reform-2026"]],
    ["2026-08-22T19:00:00Z", []],
  ])("at %s: %j", (at, expected) => {
    expect(dueNotices(real, new Date(at)).map((n) => n.id)).toEqual(expected);
  });
});

// Walkthrough 12: /remind promised reminders "before the dates that matter" when the calendar held none ahead.
describe("nextReminder", () => {
  it.each([
    // a block is known from its first event's day: 2023's on election day before voting opens, 2029's not yet
    ["2023-03-01T00:00:00Z", undefined],
    ["2023-03-19T00:30:00Z", "election-day-2023"],
    // the 2029 block is known from 5 Dec 2026: its first reminder
    ["2026-12-05T10:00:00Z", "absentee-end-2029"],
    ["2029-03-10T04:00:00Z", "silence-eve-2029"],
    ["2029-03-18T02:59:00Z", "election-day-2029"],
    ["2029-03-18T03:00:00Z", undefined],
  ])("at %s: %s", (at, id) => expect(nextReminder(calendars, new Date(at))?.event.id).toBe(id));

  it("finds none ahead in the knowledge base's calendar today, which schedules no reminder", () => {
    expect(nextReminder(loadCalendars("knowledge"), new Date("2026-12-07T10:00:00Z"))).toBeUndefined();
  });
});
