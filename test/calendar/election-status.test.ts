import { describe, expect, it } from "vitest";
import { electionNow } from "../../src/calendar/election-status.js";
import { loadCalendars } from "../../src/calendar/load.js";
import { parseInstant } from "../../src/clock.js";

const real = loadCalendars();
// The real calendar and, after it, a future block of a test fixture (an election called for 18 March 2029).
const withFuture = [...real, ...loadCalendars("test/fixtures/notify").filter((c) => c.id === "elections-2029")];
const at = (day: string) => parseInstant(day)!;

describe("the election a voter means by 'when is the election'", () => {
  it.each([
    ["2022-08-01", undefined, undefined, undefined],
    ["2023-03-01", "elections-2023", "upcoming", 18],
    // 22:30 in Astana (UTC+5, the clock's zone) is 23:30 in the block's UTC+6: still the day before.
    ["2023-03-18T22:30", "elections-2023", "upcoming", 1],
    ["2023-03-18T23:30", "elections-2023", "today", 0],
    ["2023-03-19", "elections-2023", "today", 0],
    ["2023-04-01", "elections-2023", "past", -13],
    // The 2026 block is known from its first date (the referendum of 15 March 2026) on.
    ["2026-03-14", "elections-2023", "past", -1091],
    ["2026-03-15", "reform-2026", "upcoming", 161],
    ["2026-08-23", "reform-2026", "today", 0],
    ["2026-12-04", "reform-2026", "past", -103],
  ])("on %s it is %s (%s, %s days)", (day, id, status, days) => {
    const now = electionNow(real, at(day));
    expect(now && [now.calendar.id, now.status, now.days]).toEqual(id === undefined ? undefined : [id, status, days]);
  });

  it.each([
    ["2026-12-04", "reform-2026", "past"],
    ["2029-03-10", "elections-2029", "upcoming"],
    ["2029-03-18", "elections-2029", "today"],
    ["2029-04-01", "elections-2029", "past"],
  ])("with a future block written in, on %s it is %s (%s)", (day, id, status) => {
    const now = electionNow(withFuture, at(day));
    expect([now?.calendar.id, now?.status]).toEqual([id, status]);
  });

  it("does not depend on the order of the blocks in the file", () => {
    expect(electionNow([...withFuture].reverse(), at("2029-03-10"))?.calendar.id).toBe("elections-2029");
    expect(electionNow([...real].reverse(), at("2026-12-04"))?.calendar.id).toBe("reform-2026");
  });
});
