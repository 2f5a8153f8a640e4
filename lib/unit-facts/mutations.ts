import "server-only";
import { type MutationOptions, withUniqueFieldErrors } from "@/lib/admin/mutation-support";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { DomainError } from "@/lib/errors";
import { dateColumn, isoDayOf } from "@/lib/instansi/time-zone";
import { assertNotAfterToday, instansiToday } from "@/lib/instansi/today";
import type { UnitAttributesInput, UnitYearFactInput } from "./schemas";

// Writes of a unit's Tabel 5 facts (PermenPAN-RB 5/2024 pages 4–5). The schemas refused what
// is wrong on any Indonesian calendar; here the dates are checked again in the instansi's zone.

type Options<I> = MutationOptions<I> & { now?: Date };
const NOT_FOUND = "Unit kerja tidak ditemukan.";

const dayOrNull = (date: Date | null) => (date ? isoDayOf(date) : null);

export async function updateUnitAttributes({ db, actorId, input, now = new Date() }: Options<UnitAttributesInput>) {
  const { unitId, ...data } = input;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${unitId}::uuid FOR UPDATE`;
    const before = await tx.unit.findUnique({
      where: { id: unitId },
      select: { name: true, serviceCategory: true, coreService: true, significantImpact: true, ziSinceWbk: true, ziSinceWbbm: true },
    });
    if (!before) throw new DomainError(NOT_FOUND);
    const today = await instansiToday(tx, now);
    assertNotAfterToday("ziSinceWbk", "Tanggal pencanangan menuju WBK", data.ziSinceWbk, today);
    assertNotAfterToday("ziSinceWbbm", "Tanggal pencanangan menuju WBBM", data.ziSinceWbbm, today);
    await tx.unit.update({
      where: { id: unitId },
      data: {
        ...data,
        ziSinceWbk: data.ziSinceWbk ? dateColumn(data.ziSinceWbk) : null,
        ziSinceWbbm: data.ziSinceWbbm ? dateColumn(data.ziSinceWbbm) : null,
      },
    });
    const { name, ...old } = before;
    await appendAuditEvent(tx, {
      actorId,
      action: "unit.update_attributes",
      entityType: "Unit",
      entityId: unitId,
      unitId,
      before: { ...old, ziSinceWbk: dayOrNull(old.ziSinceWbk), ziSinceWbbm: dayOrNull(old.ziSinceWbbm) },
      after: data,
    });
    return { id: unitId, name };
  });
}

/** Adds or replaces the facts of one year (one row per unit and year). */
export async function saveUnitYearFact({ db, actorId, input }: MutationOptions<UnitYearFactInput>) {
  const { unitId, year, ...data } = input;
  return withUniqueFieldErrors({ year: "Tahun ini sudah memiliki data; ubah baris tahun tersebut" }, () =>
    db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${unitId}::uuid FOR UPDATE`;
      const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { name: true } });
      if (!unit) throw new DomainError(NOT_FOUND);
      const existing = await tx.unitYearFact.findUnique({ where: { unitId_year: { unitId, year } }, select: { sakipInternal: true, followUpPercent: true } });
      await tx.unitYearFact.upsert({ where: { unitId_year: { unitId, year } }, create: { unitId, year, ...data }, update: data });
      await appendAuditEvent(tx, {
        actorId,
        action: "unit.save_year_fact",
        entityType: "UnitYearFact",
        entityId: `${unitId}:${year}`,
        unitId,
        before: existing ? { year, sakipInternal: existing.sakipInternal, followUpPercent: existing.followUpPercent?.toNumber() ?? null } : null,
        after: { year, ...data },
      });
      return { id: unitId, name: unit.name, year };
    }),
  );
}
