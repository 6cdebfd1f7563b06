import { knownOn } from "../calendar/election-status.js";
import { type Calendar, type CalendarEvent, electionOf } from "../calendar/schema.js";
import { localDay } from "../calendar/status.js";
import { NOTIFY_DEFAULTS } from "./defaults.js";

export type Notice =
  | { id: string; kind: "called"; calendar: Calendar; at: Date }
  | { id: string; kind: "reminder"; calendar: Calendar; event: CalendarEvent; at: Date };

/** The moment an event happens: its time, or the reminder hour of its day, in its calendar's UTC offset. */
export function eventInstant(
  event: Pick<CalendarEvent, "date" | "time">,
  utcOffset: string,
  defaultTime = NOTIFY_DEFAULTS.reminderTime,
): Date {
  return new Date(`${event.date}T${event.time ?? defaultTime}:00${utcOffset}`);
}

/**
 * The notices due at `now`, computed from the calendar alone, so a new election is a new block in calendar.yaml:
 * - a block whose election is still ahead is announced ("called") once, from the day of its `called` event, else of
 *   its first event (as the bot's answers know a block: set to a day in 2023 it does not announce 2026), until voting opens, at the election
 *   day's time, or its start when it has none; a block already past never is, so the history in the file (2023,
 *   2026) is never announced;
 * - an event marked `remind: true` is due from its moment until `graceMs` later; a bot that was down at the moment
 *   still reminds within that window, and never reminds of something long past.
 * Whether a notice already went out is not decided here: the ledger knows, per subscriber.
 */
export function dueNotices(
  calendars: readonly Calendar[],
  now: Date,
  graceMs = NOTIFY_DEFAULTS.reminderGraceMs,
): Notice[] {
  const due: Notice[] = [];
  for (const calendar of calendars) {
    const election = electionOf(calendar);
    const electionAt = eventInstant({ date: election.date, time: election.time ?? "00:00" }, calendar.utcOffset);
    const calledOn = (calendar.events.find((e) => e.id === calendar.called) ?? calendar.events[0]!).date;
    const known = calledOn <= localDay(now, calendar.utcOffset);
    if (known && now < electionAt) due.push({ id: `called:${calendar.id}`, kind: "called", calendar, at: now });
    for (const event of calendar.events) {
      if (!event.remind) continue;
      const at = eventInstant(event, calendar.utcOffset);
      if (at <= now && now.getTime() < at.getTime() + graceMs)
        due.push({ id: `remind:${event.id}`, kind: "reminder", calendar, event, at });
    }
  }
  return due;
}

/** Every notice a calendar will ever send, with its moment: what `npm run notices` lists. */
export function plannedNotices(
  calendars: readonly Calendar[],
): { id: string; calendar: string; at: Date | "on start" }[] {
  return calendars.flatMap((calendar) => [
    { id: `called:${calendar.id}`, calendar: calendar.id, at: "on start" as const },
    ...calendar.events
      .filter((e) => e.remind)
      .map((e) => ({ id: `remind:${e.id}`, calendar: calendar.id, at: eventInstant(e, calendar.utcOffset) })),
  ]);
}

/**
 * The next reminder a subscriber will get after `now`, among the elections known on the day, or undefined when the
 * calendar holds none ahead: what /remind says it will send, so that it never promises reminders nothing schedules.
 */
export function nextReminder(
  calendars: readonly Calendar[],
  now: Date,
): { calendar: Calendar; event: CalendarEvent; at: Date } | undefined {
  let next: { calendar: Calendar; event: CalendarEvent; at: Date } | undefined;
  for (const calendar of calendars) {
    if (!knownOn(calendar, now)) continue;
    for (const event of calendar.events) {
      if (!event.remind) continue;
      const at = eventInstant(event, calendar.utcOffset);
      if (at > now && (!next || at < next.at)) next = { calendar, event, at };
    }
  }
  return next;
}
