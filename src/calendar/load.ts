import { join } from "node:path";
import { DEFAULT_KNOWLEDGE_DIR, parseFile } from "../knowledge/load.js";
import { type Calendar, calendarFileSchema } from "./schema.js";

export const CALENDAR_FILE = "calendar.yaml";

export function loadCalendars(dir: string = DEFAULT_KNOWLEDGE_DIR): Calendar[] {
  return parseFile(join(dir, CALENDAR_FILE), calendarFileSchema, dir).calendars;
}
