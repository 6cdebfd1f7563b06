export const MIN_PLAUSIBLE_AGE = 1;
export const MAX_PLAUSIBLE_AGE = 120;

export type AgeInput = { ok: true; age: number } | { ok: false; error: "format" | "range" | "future" };

export function ageOn(birth: { year: number; month: number; day: number }, on: Date): number {
  const y = on.getUTCFullYear();
  const m = on.getUTCMonth() + 1;
  const d = on.getUTCDate();
  const hadBirthday = m > birth.month || (m === birth.month && d >= birth.day);
  return y - birth.year - (hadBirthday ? 0 : 1);
}

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseDate(text: string): { year: number; month: number; day: number } | null | "invalid" {
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  return validDate(year, month, day) ? { year, month, day } : "invalid";
}

// Accepts an age ("25", "25 years", "25 жас") or a date of birth (DD.MM.YYYY, DD/MM/YYYY, YYYY-MM-DD).
export function parseAgeInput(raw: string, today: Date): AgeInput {
  const text = raw.trim();
  const number = /^([+-]?\d{1,6})(?:\s*[\p{L}.]+)?$/u.exec(text);
  if (number) {
    const age = Number(number[1]);
    return age >= MIN_PLAUSIBLE_AGE && age <= MAX_PLAUSIBLE_AGE ? { ok: true, age } : { ok: false, error: "range" };
  }
  const date = parseDate(text);
  if (date === null || date === "invalid") return { ok: false, error: "format" };
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (Date.UTC(date.year, date.month - 1, date.day) > todayUtc) return { ok: false, error: "future" };
  const age = ageOn(date, today);
  return age <= MAX_PLAUSIBLE_AGE ? { ok: true, age } : { ok: false, error: "range" };
}
