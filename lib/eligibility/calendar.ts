import { addYears, formatISO } from "date-fns";
import type { IsoDate } from "./types";

// Calendar days as "YYYY-MM-DD" strings: the rule never needs a time or a zone, and two such
// strings compare in date order as plain strings.

/**
 * The same calendar day `years` later. A 29 February lands on 28 February of a year that has no
 * 29 February (date-fns addYears clamps to the last day of the month): a unit that started ZI on
 * 29 February 2024 has built it for one full year on 28 February 2025. The regulation is silent
 * on this day; taking the last day of February means a year never needs 366 days only because of
 * where it started (PermenPAN-RB 5/2024 page 4, "minimal satu tahun").
 */
export function addCalendarYears(day: IsoDate, years: number): IsoDate {
  // Local midnight of the day in, the local day out: the process's zone never shifts the day.
  // (Built from the parts rather than with parseISO/format, which cost ~6× as much per call.)
  return formatISO(addYears(localDay(day), years), { representation: "date" });
}

function localDay(day: IsoDate): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(year, month - 1, date);
}

/** Year of a valid IsoDate. */
export function yearOf(day: IsoDate): number {
  return Number(day.slice(0, 4));
}

const longDate = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: "UTC" });

// Intl formatting is the rule's main cost (bench:eligibility) and a dashboard formats the same
// few pencanangan and proposal dates for every unit, so they are kept; the cap bounds a server
// that runs for years.
const formatted = new Map<IsoDate, string>();
const FORMATTED_CAP = 10_000;

/** "29 Februari 2024": the calendar day itself, in no zone. */
export function formatIsoDate(day: IsoDate): string {
  const known = formatted.get(day);
  if (known !== undefined) return known;
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  const text = longDate.format(new Date(Date.UTC(year, month - 1, date)));
  if (formatted.size >= FORMATTED_CAP) formatted.clear();
  formatted.set(day, text);
  return text;
}
