import type { AssessmentState, TimeZoneCode } from "@/lib/db/generated/enums";
import { TIME_ZONES } from "@/lib/instansi/time-zone";

export const STATE_LABELS: Record<AssessmentState, string> = {
  DRAFT: "Draf",
  SUBMITTED: "Diajukan",
  IN_REVIEW: "Direviu TPI",
  RETURNED: "Dikembalikan untuk perbaikan",
  FINAL: "Final",
};

// Instants are shown in the instansi's time zone (its profile, lib/instansi/profile.ts): a
// deadline or a timestamp reads the same for every user of the instansi, wherever they sit.
// One formatter per zone and style, made on first use.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(zone: TimeZoneCode, style: "date" | "dateTime" | "time"): Intl.DateTimeFormat {
  const key = `${zone}:${style}`;
  let format = formats.get(key);
  if (!format) {
    const timeZone = TIME_ZONES[zone].iana;
    const options: Intl.DateTimeFormatOptions =
      style === "date" ? { dateStyle: "long" } : style === "dateTime" ? { dateStyle: "medium", timeStyle: "short" } : { timeStyle: "short" };
    format = new Intl.DateTimeFormat("id-ID", { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}

export function formatDate(date: Date, zone: TimeZoneCode): string {
  return formatIn(zone, "date").format(date);
}

export function formatDateTime(date: Date, zone: TimeZoneCode): string {
  return formatIn(zone, "dateTime").format(date);
}

export function formatTime(date: Date, zone: TimeZoneCode): string {
  return formatIn(zone, "time").format(date);
}

/** A date and time with its zone's name, for text that stands alone: "2 Mar 2026, 10.04 WIB". */
export function formatDateTimeZoned(date: Date, zone: TimeZoneCode): string {
  return `${formatDateTime(date, zone)} ${zone}`;
}

const dayFormat = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: "UTC" });

/** A calendar day (a DATE column, "2026-05-31") as "31 Mei 2026": no time, so no zone. */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** Indonesian number display (comma decimals); scores are shown with two decimals. */
export function formatNumber(value: number, digits = 2): string {
  let format = numberFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(digits, format);
  }
  return format.format(value);
}
