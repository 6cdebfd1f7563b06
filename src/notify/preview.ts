import type { Calendar } from "../calendar/schema.js";
import { dueNotices, eventInstant, type Notice } from "./schedule.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The notices that would go out during the local day that starts at `dayStart` (what `npm run notices -- --at`
 * lists): every reminder whose moment falls in that day, and each election that is still ahead that day, which a
 * subscriber who has not yet been told of it would be told. Pure, so a curator's preview and the notifier agree.
 */
export function noticesOnDay(calendars: readonly Calendar[], dayStart: Date): Notice[] {
  const dayEnd = new Date(dayStart.getTime() + DAY_MS);
  const called = dueNotices(calendars, dayStart).filter((n) => n.kind === "called");
  const reminders: Notice[] = [];
  for (const calendar of calendars) {
    for (const event of calendar.events) {
      if (!event.remind) continue;
      const at = eventInstant(event, calendar.utcOffset);
      if (at >= dayStart && at < dayEnd)
        reminders.push({ id: `remind:${event.id}`, kind: "reminder", calendar, event, at });
    }
  }
  return [...called, ...reminders.sort((a, b) => a.at.getTime() - b.at.getTime())];
}
