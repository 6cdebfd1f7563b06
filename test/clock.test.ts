import { describe, expect, it } from "vitest";
import { clockFor, fixedClock, kazakhstanDay, parseInstant, systemClock } from "../src/clock.js";

describe("parseInstant (BOT_NOW)", () => {
  it.each([
    ["2023-03-01", "2023-02-28T19:00:00.000Z"],
    ["2023-03-19", "2023-03-18T19:00:00.000Z"],
    ["2026-08-23T09:30", "2026-08-23T04:30:00.000Z"],
    ["2026-08-23T09:30:15", "2026-08-23T04:30:15.000Z"],
    ["2023-03-19T07:00+06:00", "2023-03-19T01:00:00.000Z"],
    ["2026-12-04T12:00:00Z", "2026-12-04T12:00:00.000Z"],
    ["2024-02-29", "2024-02-28T19:00:00.000Z"],
  ])("reads %s as %s", (value, iso) => {
    expect(parseInstant(value)?.toISOString()).toBe(iso);
  });

  it.each([
    "",
    "tomorrow",
    "2023-3-1",
    "01.03.2023",
    "2023-02-30",
    "2023-13-01",
    "2023-02-29",
    "2023-03-01T24:00",
    "2023-03-01T09:60",
    "2023-03-01 09:30",
    "2023-03-01T09:30+6",
  ])("refuses %j", (value) => {
    expect(parseInstant(value)).toBeNull();
  });
});

describe("clocks", () => {
  it("a fixed clock stands still and hands out copies", () => {
    const clock = fixedClock(new Date("2023-03-01T00:00:00Z"));
    const first = clock();
    first.setFullYear(1999);
    expect(clock().toISOString()).toBe("2023-03-01T00:00:00.000Z");
  });

  it("no BOT_NOW means the system clock", () => {
    expect(clockFor(undefined)).toBe(systemClock);
    expect(Math.abs(systemClock().getTime() - Date.now())).toBeLessThan(1000);
    expect(clockFor(new Date("2023-03-19T00:00:00Z"))().toISOString()).toBe("2023-03-19T00:00:00.000Z");
  });
});

describe("kazakhstanDay", () => {
  it.each([
    ["2026-12-05T18:59:59Z", "2026-12-05"],
    ["2026-12-05T19:00:00Z", "2026-12-06"],
    ["2029-03-10T00:00:00+05:00", "2029-03-10"],
  ])("%s is %s in Kazakhstan", (at, day) => {
    expect(kazakhstanDay(new Date(at))).toBe(day);
  });
});
