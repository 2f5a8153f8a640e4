import "server-only";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { Role, UnitKind } from "@/lib/db/generated/enums";
import { DomainError } from "@/lib/errors";
import { fieldError, type MutationOptions, type Tx, withUniqueFieldErrors } from "../mutation-support";
import type { RecordId } from "../schema-helpers";
import { ROLE_UNIT_KINDS } from "../users/schemas";
import type { UnitCreateInput, UnitUpdateInput } from "./schemas";

const UNIQUE_MESSAGES = { code: "Kode ini sudah dipakai unit lain" };
const NOT_FOUND = "Unit kerja tidak ditemukan.";

type UnitRow = { code: string; name: string; kind: UnitKind; parentId: string | null; active: boolean };

function snapshot(unit: UnitRow) {
  return { code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parentId, active: unit.active };
}

/** Locks the unit row so that no user is added to it while we decide about it. */
async function lockUnit(tx: Tx, id: string): Promise<UnitRow> {
  await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${id}::uuid FOR UPDATE`;
  const unit = await tx.unit.findUnique({ where: { id }, select: { code: true, name: true, kind: true, parentId: true, active: true } });
  if (!unit) throw new DomainError(NOT_FOUND);
  return unit;
}

async function assertCodeFree(tx: Tx, code: string, exceptId?: string) {
  const other = await tx.unit.findFirst({ where: { code, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true } });
  if (other) throw fieldError("code", `${UNIQUE_MESSAGES.code} (${other.name})`);
}

/** The parent must exist and must not be the unit itself or one of its sub-units. */
async function assertParentFits(tx: Tx, parentId: string | null, unitId?: string) {
  const seen = new Set<string>();
  for (let current = parentId; current; ) {
    if (current === unitId || seen.has(current)) throw fieldError("parentId", "Unit induk tidak boleh unit ini sendiri atau sub-unitnya");
    seen.add(current);
    const row: { parentId: string | null } | null = await tx.unit.findUnique({ where: { id: current }, select: { parentId: true } });
    if (!row) throw fieldError("parentId", "Unit induk tidak ditemukan");
    current = row.parentId;
  }
}

/** Active users whose role may not sit in a unit of this kind (an operator in Inspektorat…). */
async function countMisplacedUsers(tx: Tx, unitId: string, kind: UnitKind) {
  const roles = (Object.keys(ROLE_UNIT_KINDS) as Role[]).filter((role) => !ROLE_UNIT_KINDS[role]?.includes(kind));
  return tx.user.count({ where: { unitId, active: true, role: { in: roles } } });
}

export async function createUnit({ db, actorId, input }: MutationOptions<UnitCreateInput>) {
  return withUniqueFieldErrors(UNIQUE_MESSAGES, () =>
    db.$transaction(async (tx) => {
      await assertCodeFree(tx, input.code);
      await assertParentFits(tx, input.parentId);
      const unit = await tx.unit.create({ data: input });
      await appendAuditEvent(tx, { actorId, action: "unit.create", entityType: "Unit", entityId: unit.id, unitId: unit.id, after: snapshot(unit) });
      return { id: unit.id, name: unit.name };
    }),
  );
}

export async function updateUnit({ db, actorId, input }: MutationOptions<UnitUpdateInput>) {
  const { id, ...data } = input;
  return withUniqueFieldErrors(UNIQUE_MESSAGES, () =>
    db.$transaction(async (tx) => {
      const before = await lockUnit(tx, id);
      await assertCodeFree(tx, data.code, id);
      await assertParentFits(tx, data.parentId, id);
      const misplaced = data.kind === before.kind ? 0 : await countMisplacedUsers(tx, id, data.kind);
      if (misplaced > 0) {
        throw fieldError("kind", `Jenis unit tidak dapat diubah: ${misplaced} pengguna aktif di unit ini (operator/TPI) tidak boleh berada di unit berjenis ini`);
      }
      const unit = await tx.unit.update({ where: { id }, data });
      await appendAuditEvent(tx, { actorId, action: "unit.update", entityType: "Unit", entityId: id, unitId: id, before: snapshot(before), after: snapshot(unit) });
      return { id, name: unit.name };
    }),
  );
}

/** Deactivating is refused while the unit still has active users: move or deactivate them first. */
export async function deactivateUnit({ db, actorId, input }: MutationOptions<RecordId>) {
  return db.$transaction(async (tx) => {
    const before = await lockUnit(tx, input.id);
    if (!before.active) throw new DomainError("Unit kerja ini sudah nonaktif.");
    const activeUsers = await tx.user.count({ where: { unitId: input.id, active: true } });
    if (activeUsers > 0) {
      throw new DomainError(
        `Unit “${before.name}” masih memiliki ${activeUsers} pengguna aktif. Pindahkan atau nonaktifkan pengguna tersebut lebih dahulu.`,
      );
    }
    const unit = await tx.unit.update({ where: { id: input.id }, data: { active: false } });
    await appendAuditEvent(tx, { actorId, action: "unit.deactivate", entityType: "Unit", entityId: input.id, unitId: input.id, before: snapshot(before), after: snapshot(unit) });
    return { id: unit.id, name: unit.name };
  });
}

export async function reactivateUnit({ db, actorId, input }: MutationOptions<RecordId>) {
  return db.$transaction(async (tx) => {
    const before = await lockUnit(tx, input.id);
    if (before.active) throw new DomainError("Unit kerja ini sudah aktif.");
    const unit = await tx.unit.update({ where: { id: input.id }, data: { active: true } });
    await appendAuditEvent(tx, { actorId, action: "unit.reactivate", entityType: "Unit", entityId: input.id, unitId: input.id, before: snapshot(before), after: snapshot(unit) });
    return { id: unit.id, name: unit.name };
  });
}
