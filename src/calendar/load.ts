import { join } from "node:path";
import { DEFAULT_KNOWLEDGE_DIR, parseFile } from "../knowledge/load.js";
import { type Calendar, calendarFileSchema } from "./schema.js";

export const CALENDAR_FILE = "calendar.yaml";

export function loadCalendars(dir: string = DEFAULT_KNOWLEDGE_DIR): Calendar[] {
  return parseFile(join(dir, CALENDAR_FILE), calendarFileSchema, dir).calendars;
}

let bundled: Calendar[] | undefined;

/** The project's calendar.yaml, read once for the bot's life (a failed read is tried again next time). */
export function bundledCalendars(): Calendar[] {
  bundled ??= loadCalendars();
  return bundled;
}
