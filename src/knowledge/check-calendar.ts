import { existsSync } from "node:fs";
import { join } from "node:path";
import { CALENDAR_FILE } from "../calendar/load.js";
import { calendarSchema } from "../calendar/schema.js";
import { FILE_LEVEL, isRecord, type Report, readYaml, zodIssues } from "./check-yaml.js";

/**
 * Checks knowledge/calendar.yaml against the calendar's schema, with each problem under the calendar or event it is
 * in, and returns the entry ids the calendars name as their results (the caller checks that those entries exist).
 */
export function checkCalendar(dir: string, report: Report): { calendarId: string; id: string }[] {
  const path = join(dir, CALENDAR_FILE);
  const resultIds: { calendarId: string; id: string }[] = [];
  if (!existsSync(path)) {
    report(CALENDAR_FILE, FILE_LEVEL, "(file)", "is missing");
    return resultIds;
  }
  const data = readYaml(path, CALENDAR_FILE, report);
  if (data === undefined) return resultIds;
  if (!isRecord(data) || !Array.isArray(data.calendars) || data.calendars.length === 0) {
    report(CALENDAR_FILE, FILE_LEVEL, "calendars", "needs a list of at least one calendar");
    return resultIds;
  }
  for (const key of Object.keys(data))
    if (key !== "calendars") report(CALENDAR_FILE, FILE_LEVEL, key, "unknown key (only `calendars`)");
  const idOf = (rec: Record<string, unknown>, fallback: string) =>
    typeof rec.id === "string" && rec.id.trim() !== "" ? rec.id : fallback;
  // Calendars and events share one id space (the loader requires it), so a repeat anywhere is reported.
  const firstUse = new Map<string, string>();
  const claim = (id: string, what: string) => {
    const first = firstUse.get(id);
    if (first) report(CALENDAR_FILE, id, "id", `duplicate id, first used by ${first}`);
    else firstUse.set(id, what);
  };
  data.calendars.forEach((raw: unknown, c: number) => {
    const calendar = isRecord(raw) ? raw : {};
    const calendarId = idOf(calendar, `#${c + 1}`);
    const events = (Array.isArray(calendar.events) ? calendar.events : []).map((e: unknown) => (isRecord(e) ? e : {}));
    const eventId = (i: number) => idOf(events[i] ?? {}, `${calendarId} #${i + 1}`);
    if (typeof calendar.id === "string") claim(calendar.id, `calendar ${calendarId}`);
    if (typeof calendar.results === "string") resultIds.push({ calendarId, id: calendar.results });
    // A source's https:// rule is the schema's (sourceSchema), reported below with the other schema issues.
    for (const e of events) if (typeof e.id === "string") claim(e.id, `an event of ${calendarId}`);
    const result = calendarSchema.safeParse(raw);
    if (result.success) return;
    for (const issue of zodIssues(result.error, raw)) {
      const [head, index, ...rest] = issue.path;
      if (head === "events" && typeof index === "number")
        report(CALENDAR_FILE, eventId(index), rest.join(".") || "(event)", issue.message);
      else report(CALENDAR_FILE, calendarId, issue.path.join(".") || "(calendar)", issue.message);
    }
  });
  return resultIds;
}
