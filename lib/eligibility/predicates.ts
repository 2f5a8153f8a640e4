import { addCalendarYears, yearOf } from "./calendar";
import type { IsoDate, PredicateRecord } from "./types";

// What the predicate register says on a given day: whether the unit holds Menuju WBK (the last
// Tabel 6 rule of Menuju WBBM) and whether a revocation still bars a new proposal.

/** PermenPAN-RB 90/2021 Lampiran II Bab IV C, page 64: "selang 2 tahun setelah penetapan pencabutan". */
export const REVOCATION_LOCK_YEARS = 2;

function revokedBy(record: PredicateRecord, asOf: IsoDate): boolean {
  return record.revokedOn !== null && record.revokedOn <= asOf;
}

/**
 * Whether the unit holds a Menuju WBK (or the higher Menuju WBBM) predicate on `asOf`: awarded in
 * asOf's year or before, and not revoked on or before asOf. A predicate from the instansi's own
 * evaluation (MANDIRI) counts as one from TPN (PermenPAN-RB 5/2024 page 7).
 */
export function holdsWbkOn(predicates: readonly PredicateRecord[], asOf: IsoDate): boolean {
  const year = yearOf(asOf);
  return predicates.some((p) => p.year <= year && !revokedBy(p, asOf));
}

/**
 * The first day a new proposal may be made after the latest revocation, when that day is still
 * ahead of `asOf`; null when no revocation bars the unit. The two years run on the calendar as
 * ZI's one year does (addCalendarYears): revoked 3 March 2025, proposable again on 3 March 2027.
 * The text says "tidak dapat diajukan lagi untuk mendapatkan predikat Menuju WBK"; a unit barred
 * from the first step is read as barred from the higher one too, so the lock holds for both
 * targets (judgement where the text is silent on WBBM).
 */
export function lockedUntilOn(predicates: readonly PredicateRecord[], asOf: IsoDate): IsoDate | null {
  let until: IsoDate | null = null;
  for (const p of predicates) {
    if (p.revokedOn === null || !revokedBy(p, asOf)) continue;
    const end = addCalendarYears(p.revokedOn, REVOCATION_LOCK_YEARS);
    if (until === null || end > until) until = end;
  }
  return until !== null && asOf < until ? until : null;
}
