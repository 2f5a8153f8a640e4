import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Grade, MonitoringConclusion, PredicateSource, ServiceCategory, ZiTarget } from "@/lib/db/generated/enums";
import { isoDayOf } from "@/lib/instansi/time-zone";

export type UnitYearFactView = { year: number; sakipInternal: Grade | null; followUpPercent: number | null };

export type UnitPredicateView = {
  id: string;
  year: number;
  predicate: ZiTarget;
  source: PredicateSource;
  decreeNumber: string;
  decreeDate: string;
  revocationNumber: string | null;
  revokedOn: string | null;
  /** The latest monitoring report of this predicate (90/2021 Bab IV A), if any. */
  latestMonitoring: { monitoredOn: string; conclusion: MonitoringConclusion } | null;
};

export type UnitEligibilityProfile = {
  serviceCategory: ServiceCategory;
  coreService: boolean | null;
  significantImpact: boolean | null;
  ziSinceWbk: string | null;
  ziSinceWbbm: string | null;
  /** Newest year first. */
  yearFacts: UnitYearFactView[];
  /** The predicate register, newest year first. */
  predicates: UnitPredicateView[];
};

/** A unit's Tabel 5 facts and predicate register for its admin page and the leaders' unit page. */
export async function getUnitEligibilityProfile({ db, unitId }: { db: Db; unitId: string }): Promise<UnitEligibilityProfile | null> {
  const unit = await db.unit.findUnique({
    where: { id: unitId },
    select: {
      serviceCategory: true,
      coreService: true,
      significantImpact: true,
      ziSinceWbk: true,
      ziSinceWbbm: true,
      yearFacts: { orderBy: { year: "desc" }, select: { year: true, sakipInternal: true, followUpPercent: true } },
      predicates: { orderBy: [{ year: "desc" }, { predicate: "desc" }], include: { monitorings: { orderBy: { monitoredOn: "desc" }, take: 1, select: { monitoredOn: true, conclusion: true } } } },
    },
  });
  if (!unit) return null;
  return {
    serviceCategory: unit.serviceCategory,
    coreService: unit.coreService,
    significantImpact: unit.significantImpact,
    ziSinceWbk: unit.ziSinceWbk ? isoDayOf(unit.ziSinceWbk) : null,
    ziSinceWbbm: unit.ziSinceWbbm ? isoDayOf(unit.ziSinceWbbm) : null,
    yearFacts: unit.yearFacts.map((f) => ({ year: f.year, sakipInternal: f.sakipInternal, followUpPercent: f.followUpPercent?.toNumber() ?? null })),
    predicates: unit.predicates.map((p) => ({
      id: p.id,
      year: p.year,
      predicate: p.predicate,
      source: p.source,
      decreeNumber: p.decreeNumber,
      decreeDate: isoDayOf(p.decreeDate),
      revocationNumber: p.revocationNumber,
      revokedOn: p.revokedOn ? isoDayOf(p.revokedOn) : null,
      latestMonitoring: p.monitorings[0] ? { monitoredOn: isoDayOf(p.monitorings[0].monitoredOn), conclusion: p.monitorings[0].conclusion } : null,
    })),
  };
}
