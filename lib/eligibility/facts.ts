import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { InstansiConditionKey, InstansiKind } from "@/lib/db/generated/enums";
import { proposalDayOf } from "@/lib/instansi/proposal-day";
import { isoDayOf } from "@/lib/instansi/time-zone";
import { GRADES, OPINI_BPK, type Grade, type InstansiFacts, type IsoDate, type OpiniBpk, type UnitFacts } from "./types";

// The facts the proposal rule (decideEligibility) is judged on, read for many units at once:
// the same six queries whether the dashboard asks for one unit or for 600.

export type PeriodEligibilityFacts = {
  /** The day the rule judges on: the period's proposal deadline, else 31 May of its year. */
  asOf: IsoDate;
  instansi: InstansiFacts;
  /**
   * False when ADMIN has not saved the instansi profile yet. `instansi.kind` is then KL: without
   * the profile the affirmation route (Pemda only) is never opened and the stricter K/L Indeks RB
   * rows apply, so nothing is let through on a guess. Show "profil instansi belum diatur".
   */
  instansiConfigured: boolean;
  /** Every requested unit that exists; a unit id that does not is absent. */
  units: Map<string, UnitFacts>;
};

type Reader = Pick<Db, "period" | "instansi" | "instansiCondition" | "unit" | "unitYearFact" | "unitPredicate">;

const KIND_GROUP: Record<InstansiKind, InstansiFacts["kind"]> = { PEMDA_PROVINSI: "PEMDA", PEMDA_KABUPATEN: "PEMDA", PEMDA_KOTA: "PEMDA", KL: "KL" };

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | null =>
  value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : null;

function instansiFacts(kind: InstansiKind | null, values: Map<InstansiConditionKey, string>): InstansiFacts {
  const spip = Number(values.get("SPIP"));
  return {
    kind: kind ? KIND_GROUP[kind] : "KL",
    opiniBpk: oneOf<OpiniBpk>(OPINI_BPK, values.get("OPINI_BPK")),
    sakip: oneOf<Grade>(GRADES, values.get("SAKIP")),
    indeksRb: oneOf<Grade>(GRADES, values.get("INDEKS_RB")),
    spipLevel: Number.isInteger(spip) && spip >= 1 && spip <= 5 ? spip : null,
  };
}

/**
 * The instansi's Tabel 5 values of the period and each unit's facts: its columns, its
 * UnitYearFact of the period's year, and its whole predicate register. Missing data stays null
 * ("belum diisi" to the rule), never a default that would count as met. Throws when the period
 * does not exist.
 */
export async function loadEligibilityFacts({ db, periodId, unitIds }: { db: Reader; periodId: string; unitIds: readonly string[] }): Promise<PeriodEligibilityFacts> {
  const ids = [...new Set(unitIds)];
  const period = await db.period.findUnique({ where: { id: periodId }, select: { year: true, proposalDeadline: true } });
  if (!period) throw new Error(`Periode ${periodId} tidak ditemukan`);
  const [instansi, conditions, units, yearFacts, predicates] = await Promise.all([
    db.instansi.findUnique({ where: { id: 1 }, select: { kind: true } }),
    db.instansiCondition.findMany({ where: { periodId }, select: { key: true, value: true } }),
    db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, serviceCategory: true, coreService: true, significantImpact: true, ziSinceWbk: true, ziSinceWbbm: true } }),
    db.unitYearFact.findMany({ where: { unitId: { in: ids }, year: period.year }, select: { unitId: true, sakipInternal: true, followUpPercent: true } }),
    db.unitPredicate.findMany({ where: { unitId: { in: ids } }, orderBy: [{ year: "asc" }, { predicate: "asc" }], select: { unitId: true, year: true, predicate: true, source: true, revokedOn: true } }),
  ]);
  const factOf = new Map(yearFacts.map((f) => [f.unitId, f]));
  const predicatesOf = new Map<string, UnitFacts["predicates"]>();
  for (const p of predicates) {
    const list = predicatesOf.get(p.unitId) ?? [];
    list.push({ year: p.year, predicate: p.predicate, source: p.source, revokedOn: p.revokedOn ? isoDayOf(p.revokedOn) : null });
    predicatesOf.set(p.unitId, list);
  }
  const result = new Map<string, UnitFacts>();
  for (const unit of units) {
    const fact = factOf.get(unit.id);
    result.set(unit.id, {
      serviceCategory: unit.serviceCategory,
      coreService: unit.coreService,
      significantImpact: unit.significantImpact,
      followUpPercent: fact?.followUpPercent?.toNumber() ?? null,
      sakipInternal: fact?.sakipInternal ?? null,
      ziSinceWbk: unit.ziSinceWbk ? isoDayOf(unit.ziSinceWbk) : null,
      ziSinceWbbm: unit.ziSinceWbbm ? isoDayOf(unit.ziSinceWbbm) : null,
      predicates: predicatesOf.get(unit.id) ?? [],
    });
  }
  return {
    asOf: proposalDayOf(period),
    instansi: instansiFacts(instansi?.kind ?? null, new Map(conditions.map((c) => [c.key, c.value]))),
    instansiConfigured: instansi !== null,
    units: result,
  };
}
