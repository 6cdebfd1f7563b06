import { type Calendar, type CalendarEvent, electionOf } from "./schema.js";
import { eventStatus, localDay } from "./status.js";

export interface ElectionNow {
  calendar: Calendar;
  election: CalendarEvent;
  status: "past" | "today" | "upcoming";
  /** Whole days from today to the election, in the block's offset (negative when past). */
  days: number;
}

const dayNumber = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000;

/** A block is known from its first event on: the bot set to a day in 2023 does not speak of an election of 2026. */
export const knownOn = (calendar: Calendar, now: Date): boolean =>
  calendar.events[0]!.date <= localDay(now, calendar.utcOffset);

/**
 * The election a voter asking "when is the election?" means today: the nearest one still ahead (or today), else the
 * most recent one, among the blocks known on the day. Blocks are taken in date order of their elections, so the
 * file's order does not matter.
 */
export function electionNow(calendars: readonly Calendar[], now: Date): ElectionNow | undefined {
  const all = calendars
    .filter((calendar) => knownOn(calendar, now))
    .map((calendar) => {
      const election = electionOf(calendar);
      const status = eventStatus(election, calendar.utcOffset, now);
      return {
        calendar,
        election,
        status,
        days: dayNumber(election.date) - dayNumber(localDay(now, calendar.utcOffset)),
      };
    })
    .sort((a, b) => a.election.date.localeCompare(b.election.date));
  return all.find((e) => e.status !== "past") ?? all.at(-1);
}

/** The elections held before the one electionNow names, most recent first: the history a voter may mean. */
export function earlierElections(calendars: readonly Calendar[], now: Date): ElectionNow[] {
  const current = electionNow(calendars, now);
  if (!current) return [];
  return calendars
    .filter(
      (calendar) => calendar !== current.calendar && calendar.events[0]!.date <= localDay(now, calendar.utcOffset),
    )
    .map((calendar) => {
      const election = electionOf(calendar);
      return {
        calendar,
        election,
        status: eventStatus(election, calendar.utcOffset, now),
        days: dayNumber(election.date) - dayNumber(localDay(now, calendar.utcOffset)),
      };
    })
    .filter((e) => e.status === "past" && e.election.date < current.election.date)
    .sort((a, b) => b.election.date.localeCompare(a.election.date));
}
