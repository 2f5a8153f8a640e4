import "server-only";
import type { PeriodStatus } from "@/lib/db/generated/enums";
import { DomainError } from "@/lib/errors";
import { fieldError, type Tx } from "../mutation-support";
import { PARTICIPANT_KINDS } from "./schemas";

export type PeriodRow = { id: string; year: number; name: string; lkeVersionId: string; deadline: Date; status: PeriodStatus; closedAt: Date | null };

/** What the audit trail keeps of a period. */
export function snapshot(period: PeriodRow) {
  return {
    year: period.year,
    name: period.name,
    lkeVersionId: period.lkeVersionId,
    deadline: period.deadline.toISOString(),
    status: period.status,
    closedAt: period.closedAt?.toISOString() ?? null,
  };
}

/** Locks the period row so that a close, a reopen and a new deadline never interleave. */
export async function lockPeriod(tx: Tx, id: string): Promise<PeriodRow> {
  await tx.$queryRaw`SELECT id FROM "Period" WHERE id = ${id}::uuid FOR UPDATE`;
  const period = await tx.period.findUnique({
    where: { id },
    select: { id: true, year: true, name: true, lkeVersionId: true, deadline: true, status: true, closedAt: true },
  });
  if (!period) throw new DomainError("Periode evaluasi tidak ditemukan.");
  return period;
}

/**
 * The chosen units, each active and of a kind that fills in an LKE. Their rows are share-locked
 * so that none is deactivated (lib/admin/units, FOR UPDATE) before the assessments are created.
 */
export async function lockParticipants(tx: Tx, unitIds: string[]) {
  await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ANY(${unitIds}::uuid[]) FOR SHARE`;
  const units = await tx.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, code: true, name: true, kind: true, active: true } });
  if (units.length !== unitIds.length) throw fieldError("unitIds", "Sebagian unit yang dipilih tidak ditemukan; muat ulang halaman");
  const inactive = units.filter((unit) => !unit.active).map((unit) => unit.name);
  if (inactive.length > 0) throw fieldError("unitIds", `Unit nonaktif tidak dapat mengikuti evaluasi: ${inactive.join(", ")}`);
  const allowed: readonly string[] = PARTICIPANT_KINDS;
  const otherKind = units.filter((unit) => !allowed.includes(unit.kind)).map((unit) => unit.name);
  if (otherKind.length > 0) throw fieldError("unitIds", `Hanya OPD dan UPT yang mengisi LKE: ${otherKind.join(", ")}`);
  return units.map(({ id, code, name }) => ({ id, code, name }));
}
