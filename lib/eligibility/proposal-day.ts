import type { IsoDate } from "./types";

// The day the proposal rule is judged on: the period's proposal deadline, by default 31 May of the
// period's year ("paling lambat pada tanggal 31 Mei atau sesuai dengan waktu yang ditetapkan oleh
// TPN", PermenPAN-RB 5/2024 Lampiran II Bab II A, page 6).

export const isoDay = (date: Date): IsoDate => date.toISOString().slice(0, 10);

export function proposalDay(period: { year: number; proposalDeadline: Date | null }): IsoDate {
  return period.proposalDeadline ? isoDay(period.proposalDeadline) : `${period.year}-05-31`;
}
