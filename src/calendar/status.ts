import type { Calendar, CalendarEvent } from "./schema.js";

export type EventStatus = "past" | "today" | "upcoming";

export interface MarkedEvent extends CalendarEvent {
  status: EventStatus;
}

function offsetMinutes(utcOffset: string): number {
  const sign = utcOffset.startsWith("-") ? -1 : 1;
  const [h, m] = utcOffset.slice(1).split(":").map(Number);
  return sign * ((h ?? 0) * 60 + (m ?? 0));
}

export function localDay(now: Date, utcOffset: string): string {
  return new Date(now.getTime() + offsetMinutes(utcOffset) * 60_000).toISOString().slice(0, 10);
}

// An event with a time ends at that moment; one without ends at midnight after its day, in the calendar's offset.
export function eventStatus(event: Pick<CalendarEvent, "date" | "time">, utcOffset: string, now: Date): EventStatus {
  if (event.time && now.getTime() >= Date.parse(`${event.date}T${event.time}:00${utcOffset}`)) return "past";
  const today = localDay(now, utcOffset);
  if (event.date < today) return "past";
  return event.date === today ? "today" : "upcoming";
}

export function markEvents(calendar: Calendar, now: Date): MarkedEvent[] {
  return calendar.events.map((e) => ({ ...e, status: eventStatus(e, calendar.utcOffset, now) }));
}
