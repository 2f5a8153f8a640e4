import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { loadEligibilityFacts } from "./facts";
import { holdsWbkOn } from "./predicates";
import { proposalDayOf } from "@/lib/instansi/proposal-day";
import { isoDayOf } from "@/lib/instansi/time-zone";
import type { UnitEligibilityFacts } from "./judge";
import { UNKNOWN_UNIT } from "./defaults";

// The proposal rule's facts per unit of a period, in the shape lib/eligibility/judge takes.

type Reader = Db | Prisma.TransactionClient;


export async function loadUnitsEligibilityFacts({ db, periodId, unitIds }: { db: Reader; periodId: string; unitIds: string[] }): Promise<Map<string, UnitEligibilityFacts>> {
  const { asOf, instansi, units } = await loadEligibilityFacts({ db, periodId, unitIds });
  return new Map(unitIds.map((id) => [id, { asOf, instansi, unit: units.get(id) ?? UNKNOWN_UNIT }]));
}

export async function loadUnitEligibilityFacts({ db, periodId, unitId }: { db: Reader; periodId: string; unitId: string }): Promise<UnitEligibilityFacts> {
  return (await loadUnitsEligibilityFacts({ db, periodId, unitIds: [unitId] })).get(unitId)!;
}

/**
 * "Already holds Menuju WBK" on the period's proposal day, from the predicate register alone: the
 * cheap question the live score asks on every save (Tabel 6, last WBBM row).
 */
export async function holdsWbkFor({ db, unitId, periodId }: { db: Reader; unitId: string; periodId: string }): Promise<boolean> {
  const [period, predicates] = await Promise.all([
    db.period.findUnique({ where: { id: periodId }, select: { year: true, proposalDeadline: true } }),
    db.unitPredicate.findMany({ where: { unitId }, select: { year: true, predicate: true, source: true, revokedOn: true } }),
  ]);
  if (!period || predicates.length === 0) return false;
  const records = predicates.map((p) => ({ year: p.year, predicate: p.predicate, source: p.source, revokedOn: p.revokedOn ? isoDayOf(p.revokedOn) : null }));
  return holdsWbkOn(records, proposalDayOf(period));
}
