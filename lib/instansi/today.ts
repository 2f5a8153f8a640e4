import "server-only";
import { fieldError, type Tx } from "@/lib/admin/mutation-support";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { FALLBACK_INSTANSI } from "./profile";
import { dateInZone } from "./time-zone";

// The mutations' own check of "not after today": in the instansi's zone, with the clock of the
// server (the forms' schemas allow the latest Indonesian date, so they never refuse more).

/** The instansi's time zone, read inside the caller's transaction (the fallback's until saved). */
export async function instansiTimeZone(tx: Tx): Promise<TimeZoneCode> {
  const instansi = await tx.instansi.findUnique({ where: { id: 1 }, select: { timeZone: true } });
  return instansi?.timeZone ?? FALLBACK_INSTANSI.timeZone;
}

/** Today in the instansi's time zone. */
export async function instansiToday(tx: Tx, now: Date): Promise<string> {
  return dateInZone(now, await instansiTimeZone(tx));
}

export function assertNotAfterToday(field: string, label: string, day: string | null, today: string): void {
  if (day !== null && day > today) throw fieldError(field, `${label} tidak boleh setelah hari ini`);
}
