import { addYears, format, parseISO } from "date-fns";
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
  // parseISO reads a date-only string as local midnight and format writes the local day back,
  // so the local zone never shifts the day.
  return format(addYears(parseISO(day), years), "yyyy-MM-dd");
}

/** Year of a valid IsoDate. */
export function yearOf(day: IsoDate): number {
  return Number(day.slice(0, 4));
}

const longDate = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: "UTC" });

/** "29 Februari 2024": the calendar day itself, in no zone. */
export function formatIsoDate(day: IsoDate): string {
  const [year, month, date] = day.split("-").map(Number);
  return longDate.format(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1)));
}
