/** What the bot takes to be "now". Injected (BotDeps.now) so that answers, tests and curators can be put on any day. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

// Kazakhstan has kept one time zone, UTC+5, since 1 March 2024. A bare date or a date-time without an offset is read
// in it, so BOT_NOW=2023-03-19 is that day wherever the machine runs (and also that day at the +06:00 used in 2023).
const KAZAKHSTAN_OFFSET = "+05:00";
const DATE = /^(\d{4}-\d{2}-\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Reads BOT_NOW: an ISO date ("2023-03-01", the start of that day in Kazakhstan) or date-time ("2023-03-01T09:30",
 * "2023-03-01T09:30:00Z", "2023-03-01T09:30+06:00"). Returns null for anything else, impossible dates included.
 */
export function parseInstant(value: string): Date | null {
  const date = DATE.exec(value);
  const dateTime = date ? null : DATE_TIME.exec(value);
  const day = date?.[1] ?? dateTime?.[1];
  if (!day) return null;
  const time = dateTime?.[2] ?? "00:00";
  const at = new Date(`${day}T${time}${dateTime?.[3] ?? KAZAKHSTAN_OFFSET}`);
  const sameDay = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(at.getTime()) || Number.isNaN(sameDay.getTime()) || !sameDay.toISOString().startsWith(day))
    return null;
  if (Number(time.slice(0, 2)) > 23 || Number(time.slice(3, 5)) > 59) return null;
  return at;
}

/** The calendar day of a moment in Kazakhstan time, as YYYY-MM-DD: the day BOT_NOW and `notices --at` speak of. */
export function kazakhstanDay(at: Date): string {
  const offsetMs = (Number(KAZAKHSTAN_OFFSET.slice(1, 3)) * 60 + Number(KAZAKHSTAN_OFFSET.slice(4, 6))) * 60_000;
  return new Date(at.getTime() + offsetMs).toISOString().slice(0, 10);
}

/** The year of a moment in Kazakhstan time: "this year" on the bot's clock. */
export const kazakhstanYear = (at: Date): number => Number(kazakhstanDay(at).slice(0, 4));

/** A clock stopped at one moment (BOT_NOW): every answer is given as of that moment, however long the process runs. */
export const fixedClock =
  (at: Date): Clock =>
  () =>
    new Date(at.getTime());

export const clockFor = (at: Date | undefined): Clock => (at ? fixedClock(at) : systemClock);
