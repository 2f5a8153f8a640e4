import "server-only";
import { fieldError, type Tx } from "@/lib/admin/mutation-support";
import { dateInZone } from "./time-zone";

// The mutations' own check of "not after today": in the instansi's zone, with the clock of the
// server (the forms' schemas allow the latest Indonesian date, so they never refuse more).

/** Today in the instansi's time zone (WIB until the profile is saved). */
export async function instansiToday(tx: Tx, now: Date): Promise<string> {
  const instansi = await tx.instansi.findUnique({ where: { id: 1 }, select: { timeZone: true } });
  return dateInZone(now, instansi?.timeZone ?? "WIB");
}

export function assertNotAfterToday(field: string, label: string, day: string | null, today: string): void {
  if (day !== null && day > today) throw fieldError(field, `${label} tidak boleh setelah hari ini`);
}
