import "server-only";
import { appendAuditEvent } from "@/lib/audit/record-event";
import { DomainError } from "@/lib/errors";
import { fieldError, type MutationOptions, type Tx, withUniqueFieldErrors } from "../mutation-support";
import type { RecordId } from "../schema-helpers";
import { endOfDayInZone } from "@/lib/instansi/time-zone";
import { instansiTimeZone } from "@/lib/instansi/today";
import { lockParticipants, lockPeriod, type PeriodRow, snapshot } from "./period-locks";
import type { PeriodAddUnitsInput, PeriodDeadlineInput, PeriodOpenInput, PeriodReopenInput } from "./schemas";

// Every period mutation takes `now` so that the tests can pin the clock; the actions pass none.
type Options<I> = MutationOptions<I> & { now?: Date };
type Saved = { id: string; name: string };

const UNIQUE_MESSAGES = { year: "Tahun ini sudah memiliki periode evaluasi" };

/**
 * The stored deadline for a picked date: the end of that day in the instansi's time zone (WIB
 * until its profile is saved); refused when that day has already ended there.
 */
async function deadlineFrom(tx: Tx, date: string, now: Date): Promise<Date> {
  const deadline = endOfDayInZone(date, await instansiTimeZone(tx));
  if (deadline.getTime() < now.getTime()) throw fieldError("deadline", "Batas waktu paling cepat hari ini");
  return deadline;
}

function requireOpen(period: PeriodRow) {
  if (period.status !== "OPEN") throw new DomainError(`Periode “${period.name}” sudah ditutup; buka kembali lebih dahulu.`);
}

async function createDrafts(tx: Tx, periodId: string, unitIds: string[]) {
  await tx.assessment.createMany({ data: unitIds.map((unitId) => ({ periodId, unitId, state: "DRAFT" as const })) });
}

/** Opens a period and gives each chosen unit an empty DRAFT assessment, in one transaction. */
export async function openPeriod({ db, actorId, input, now = new Date() }: Options<PeriodOpenInput>): Promise<Saved> {
  return withUniqueFieldErrors(UNIQUE_MESSAGES, () =>
    db.$transaction(async (tx) => {
      const taken = await tx.period.findUnique({ where: { year: input.year }, select: { name: true } });
      if (taken) throw fieldError("year", `${UNIQUE_MESSAGES.year} (${taken.name})`);
      const lke = await tx.lkeVersion.findUnique({ where: { id: input.lkeVersionId }, select: { id: true } });
      if (!lke) throw fieldError("lkeVersionId", "Versi LKE tidak dikenal");
      const deadline = await deadlineFrom(tx, input.deadline, now);
      const units = await lockParticipants(tx, input.unitIds);
      const period = await tx.period.create({ data: { year: input.year, name: input.name, lkeVersionId: lke.id, deadline } });
      await createDrafts(tx, period.id, input.unitIds);
      await appendAuditEvent(tx, { actorId, action: "period.open", entityType: "Period", entityId: period.id, after: { ...snapshot(period), units } });
      return { id: period.id, name: period.name };
    }),
  );
}

/** Adds units to an OPEN period; each gets its DRAFT assessment. */
export async function addPeriodUnits({ db, actorId, input }: Options<PeriodAddUnitsInput>): Promise<Saved & { added: number }> {
  return db.$transaction(async (tx) => {
    const period = await lockPeriod(tx, input.id);
    requireOpen(period);
    const units = await lockParticipants(tx, input.unitIds);
    const already = await tx.assessment.findMany({ where: { periodId: period.id, unitId: { in: input.unitIds } }, select: { unit: { select: { name: true } } } });
    if (already.length > 0) throw fieldError("unitIds", `Sudah menjadi peserta periode ini: ${already.map((a) => a.unit.name).join(", ")}`);
    await createDrafts(tx, period.id, input.unitIds);
    await appendAuditEvent(tx, { actorId, action: "period.add_units", entityType: "Period", entityId: period.id, after: { units } });
    return { id: period.id, name: period.name, added: units.length };
  });
}

export async function updatePeriodDeadline({ db, actorId, input, now = new Date() }: Options<PeriodDeadlineInput>): Promise<Saved> {
  return db.$transaction(async (tx) => {
    const before = await lockPeriod(tx, input.id);
    requireOpen(before);
    const deadline = await deadlineFrom(tx, input.deadline, now);
    const period = await tx.period.update({ where: { id: before.id }, data: { deadline } });
    await appendAuditEvent(tx, { actorId, action: "period.update_deadline", entityType: "Period", entityId: period.id, before: snapshot(before), after: snapshot(period) });
    return { id: period.id, name: period.name };
  });
}

/** Closing stops every unit edit (lib/assessment/access.ts `unitEditRefusal` reads the status). */
export async function closePeriod({ db, actorId, input, now = new Date() }: Options<RecordId>): Promise<Saved> {
  return db.$transaction(async (tx) => {
    const before = await lockPeriod(tx, input.id);
    requireOpen(before);
    const period = await tx.period.update({ where: { id: before.id }, data: { status: "CLOSED", closedAt: now } });
    await appendAuditEvent(tx, { actorId, action: "period.close", entityType: "Period", entityId: period.id, before: snapshot(before), after: snapshot(period) });
    return { id: period.id, name: period.name };
  });
}

/** Reopening undoes a close; the reason is kept in the audit trail. */
export async function reopenPeriod({ db, actorId, input }: Options<PeriodReopenInput>): Promise<Saved> {
  return db.$transaction(async (tx) => {
    const before = await lockPeriod(tx, input.id);
    if (before.status !== "CLOSED") throw new DomainError(`Periode “${before.name}” masih dibuka.`);
    const period = await tx.period.update({ where: { id: before.id }, data: { status: "OPEN", closedAt: null } });
    await appendAuditEvent(tx, {
      actorId,
      action: "period.reopen",
      entityType: "Period",
      entityId: period.id,
      before: snapshot(before),
      after: { ...snapshot(period), reason: input.reason },
    });
    return { id: period.id, name: period.name };
  });
}
