import { z } from "zod";
import { sourceSchema } from "../knowledge/schema.js";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase kebab-case");
const text = z.string().trim().min(1, "is empty").max(200, "is longer than 200 characters");
const trilingual = z.object({ kk: text, ru: text, en: text }).strict();

const isoDate = z
  .string()
  // Abort here, so a wrongly written date is not also called "not a real date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "use YYYY-MM-DD", abort: true })
  // An impossible month gives an Invalid Date, whose toISOString() throws instead of failing the check.
  .refine((d) => {
    const t = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(d);
  }, "is not a real date");

export const calendarEventSchema = z
  .object({
    id,
    date: isoDate,
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use HH:MM")
      .optional(),
    title: trilingual,
    source: sourceSchema,
    confidence: z.enum(["high", "medium"]).default("high"),
    /** Subscribers of /remind get a notice at this event's moment (its time, or 09:00 local on its day). */
    remind: z.boolean().optional(),
  })
  .strict();

export const calendarSchema = z
  .object({
    id,
    title: trilingual,
    utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/, "use +HH:MM"),
    /** The id of the block's election day among its events; without it, the last event is the election. */
    election: id.optional(),
    /** The election's name inside a sentence ("the Kurultai election"); the election event's title without it. */
    name: trilingual.optional(),
    /** The knowledge entry with this election's verified results; without it the bot says it has none. */
    results: id.optional(),
    /**
     * The day the election was called (one of the block's events): announcements go from it on. Without it, from the
     * first event, which in a block that also keeps its history (the 2026 referendum) is not the calling.
     */
    called: id.optional(),
    events: z
      .array(calendarEventSchema)
      .min(1)
      .refine(
        (events) => events.every((e, i) => i === 0 || events[i - 1]!.date <= e.date),
        "events are not in date order",
      ),
  })
  .strict()
  .refine((c) => c.election === undefined || c.events.some((e) => e.id === c.election), {
    message: "election must name one of the block's events",
    path: ["election"],
  })
  .refine((c) => c.called === undefined || c.events.some((e) => e.id === c.called), {
    message: "called must name one of the block's events",
    path: ["called"],
  });

/**
 * A block's election day: the event its `election` names, else its last event. Results published after the vote
 * come after it in the list, so "the last event" alone would call an election that is already over.
 */
export const electionOf = (calendar: Calendar): CalendarEvent =>
  calendar.events.find((e) => e.id === calendar.election) ?? calendar.events[calendar.events.length - 1]!;

export const calendarFileSchema = z
  .object({ calendars: z.array(calendarSchema).min(1) })
  .strict()
  .refine((file) => {
    const ids = file.calendars.flatMap((c) => [c.id, ...c.events.map((e) => e.id)]);
    return new Set(ids).size === ids.length;
  }, "ids must be unique");

export type CalendarEvent = z.infer<typeof calendarEventSchema>;
export type Calendar = z.infer<typeof calendarSchema>;
