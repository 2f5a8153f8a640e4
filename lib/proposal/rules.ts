import { addCalendarYears } from "@/lib/eligibility/calendar";
import { describeEligibility } from "@/lib/eligibility/labels";
import type { Eligibility, IsoDate, Route, Target } from "@/lib/eligibility/types";
import { formatDay } from "@/lib/format";

// Pure: who may be put in the proposal letter to TPN and when the letter may go
// (PermenPAN-RB 5/2024 Lampiran II Bab II A, pages 4–6). The stored eligibility of the unit's
// FINAL evaluation is the TPI's conclusion; the register's revocation lock is read again on the
// day of the check, since a revocation can be recorded after finalization.

export const TARGET_LABELS: Record<Target, string> = { WBK: "Menuju WBK", WBBM: "Menuju WBBM" };

/** A unit as the selection and the approval see it. */
export type Candidate = {
  name: string;
  /** The assessment's state; only FINAL counts (the TPI has concluded). */
  state: string;
  /** From Assessment.evaluation, null when absent or unreadable. */
  eligibility: Eligibility | null;
  /** The register's lock on the check's day (lockedUntilOn), which may be newer than finalization. */
  lockedUntil: IsoDate | null;
};

/** Why this unit may not be proposed for `target`, or null with the route it would go by. */
export function candidateRefusal(candidate: Candidate, target: Target): { reason: string } | { route: Route } {
  const label = TARGET_LABELS[target];
  if (candidate.state !== "FINAL") return { reason: `${candidate.name} belum difinalkan TPI; hanya hasil evaluasi FINAL yang dapat diusulkan.` };
  if (candidate.lockedUntil) return { reason: `${candidate.name}: predikatnya dicabut; tidak dapat diusulkan sebelum ${formatDay(candidate.lockedUntil)} (PermenPAN-RB 90/2021 Lampiran II Bab IV C).` };
  if (!candidate.eligibility) return { reason: `${candidate.name}: hasil evaluasi tidak memuat kesimpulan usulan.` };
  const outcome = candidate.eligibility[target];
  if (!outcome.eligible || !outcome.route) {
    const { reasons } = describeEligibility(outcome, target);
    return { reason: `${candidate.name} tidak memenuhi syarat usulan ${label}${reasons.length ? `: ${reasons.join("; ")}` : "."}` };
  }
  return { route: outcome.route };
}

/** The quota refusal when one more unit would exceed it (null: no quota or room left). */
export function quotaRefusal(quota: number | null, selected: number): string | null {
  if (quota === null || selected < quota) return null;
  return `Kuota usulan ${quota} unit sudah terpenuhi; keluarkan unit lain lebih dulu atau ubah kuota.`;
}

export type ApprovalUnit = Candidate & { target: Target };

/**
 * Every reason the round cannot be approved now: no unit, more units than the quota, or a unit
 * that is no longer eligible for the target it was selected for (reopened, revoked since).
 */
export function approvalBlockers({ units, quota }: { units: readonly ApprovalUnit[]; quota: number | null }): string[] {
  const blockers: string[] = [];
  if (units.length === 0) blockers.push("Belum ada unit yang dipilih untuk diusulkan.");
  if (quota !== null && units.length > quota) blockers.push(`Jumlah unit (${units.length}) melebihi kuota ${quota}.`);
  for (const unit of units) {
    const outcome = candidateRefusal(unit, unit.target);
    if ("reason" in outcome) blockers.push(`Sejak dipilih, ${outcome.reason}`);
  }
  return blockers;
}

/**
 * Approving is proposing: after the deadline it is allowed only with a reason and is marked
 * late ("paling lambat pada tanggal 31 Mei atau sesuai dengan waktu yang ditetapkan oleh TPN",
 * PermenPAN-RB 5/2024 page 6). `today` is the instansi's calendar day.
 */
export function lateness({ today, deadline, reason }: { today: IsoDate; deadline: IsoDate; reason: string | null }): { late: boolean } | { refusal: string } {
  if (today <= deadline) return { late: false };
  if (!reason) return { refusal: `Batas pengusulan ke TPN (${formatDay(deadline)}) sudah lewat; usulan terlambat hanya dapat disetujui dengan alasan.` };
  return { late: true };
}

/** Whole days from `today` to `deadline` (negative once passed): the leaders' countdown. */
export function daysUntil(today: IsoDate, deadline: IsoDate): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** PermenPAN-RB 90/2021 Lampiran II Bab IV A, pages 61–62: "setiap dua tahun sekali". */
export const MONITORING_INTERVAL_YEARS = 2;

/** The day the next monitoring report is due: two years after the decree or the latest monitoring. */
export function nextMonitoringDue({ decreeDate, monitoredOn }: { decreeDate: IsoDate; monitoredOn: readonly IsoDate[] }): IsoDate {
  const last = monitoredOn.reduce((latest, day) => (day > latest ? day : latest), decreeDate);
  return addCalendarYears(last, MONITORING_INTERVAL_YEARS);
}
