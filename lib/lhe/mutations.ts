import "server-only";
import { getAssessmentForUser } from "@/lib/assessment/access";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/errors";
import { dateColumn, isoDayOf } from "@/lib/instansi/time-zone";
import { lockForReview } from "@/lib/review/review-lock";
import type { LheBasisInput, LheLetterInput, LheRecommendationInput } from "./schemas";

// The LHE's writes, each with its audit event in the same transaction. Who may write is decided
// here, in the where clauses: a recommendation by a TPI assigned to the unit while the review is
// open; the letter's number and date by the unit's ketua tim; a period's basis by ADMIN or by a
// ketua tim of that period.

type Options<I> = { db: Db; user: SessionUser; input: I };

export async function saveLheRecommendation({ db, user, input }: Options<LheRecommendationInput>): Promise<{ saved: boolean }> {
  if (user.role !== "TPI") throw new DomainError("Hanya anggota TPI yang dapat menulis rekomendasi perbaikan.");
  const assessment = await getAssessmentForUser({ db, user, assessmentId: input.assessmentId });
  if (!assessment) throw new DomainError("Penilaian tidak ditemukan atau tidak ditugaskan kepada Anda.");
  const key = { assessmentId: assessment.id, sectionKey: input.sectionKey };
  return db.$transaction(async (tx) => {
    await lockForReview({ tx, assessmentId: assessment.id, reviewerId: user.id });
    const before = await tx.lheRecommendation.findUnique({ where: { assessmentId_sectionKey: key }, select: { text: true } });
    if ((before?.text ?? "") === input.text) return { saved: false };
    if (input.text === "") await tx.lheRecommendation.delete({ where: { assessmentId_sectionKey: key } });
    else await tx.lheRecommendation.upsert({ where: { assessmentId_sectionKey: key }, create: { ...key, text: input.text, updatedById: user.id }, update: { text: input.text, updatedById: user.id } });
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "lhe.recommendation",
      entityType: "LheRecommendation",
      entityId: input.sectionKey,
      unitId: assessment.unitId,
      assessmentId: assessment.id,
      before: before ? { text: before.text } : null,
      after: input.text === "" ? null : { text: input.text },
    });
    return { saved: true };
  });
}

async function requireLead({ db, user, assessmentId }: { db: Db; user: SessionUser; assessmentId: string }) {
  const assessment = await getAssessmentForUser({ db, user, assessmentId });
  if (!assessment) throw new DomainError("Penilaian tidak ditemukan atau tidak ditugaskan kepada Anda.");
  const lead = user.role === "TPI" && (await db.reviewAssignment.count({ where: { periodId: assessment.period.id, unitId: assessment.unitId, reviewerId: user.id, isLead: true } })) > 0;
  if (!lead) throw new DomainError("Hanya ketua tim TPI unit ini yang dapat mengubah nomor dan tanggal LHE.");
  return assessment;
}

export async function saveLheLetter({ db, user, input }: Options<LheLetterInput>): Promise<{ number: string | null; letterDate: string | null }> {
  const assessment = await requireLead({ db, user, assessmentId: input.assessmentId });
  const data = { number: input.number, letterDate: input.letterDate ? dateColumn(input.letterDate) : null, updatedById: user.id };
  return db.$transaction(async (tx) => {
    const before = await tx.lheRecord.findUnique({ where: { assessmentId: assessment.id }, select: { number: true, letterDate: true } });
    await tx.lheRecord.upsert({ where: { assessmentId: assessment.id }, create: { assessmentId: assessment.id, ...data }, update: data });
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "lhe.letter",
      entityType: "LheRecord",
      entityId: assessment.id,
      unitId: assessment.unitId,
      assessmentId: assessment.id,
      before: before ? { number: before.number, letterDate: before.letterDate ? isoDayOf(before.letterDate) : null } : null,
      after: { number: input.number, letterDate: input.letterDate },
    });
    return { number: input.number, letterDate: input.letterDate };
  });
}

export async function saveLheBasis({ db, user, input }: Options<LheBasisInput>): Promise<{ id: string }> {
  const allowed = user.role === "ADMIN" || (user.role === "TPI" && (await db.reviewAssignment.count({ where: { periodId: input.periodId, reviewerId: user.id, isLead: true } })) > 0);
  if (!allowed) throw new DomainError("Dasar penugasan TPI hanya dapat diisi oleh admin atau ketua tim TPI periode ini.");
  const fields = {
    tpiBasisTitle: input.tpiBasisTitle,
    tpiBasisNumber: input.tpiBasisNumber,
    tpiBasisDate: dateColumn(input.tpiBasisDate),
    lheResponsibleName: input.lheResponsibleName,
    lheResponsibleNip: input.lheResponsibleNip,
    lheResponsibleTitle: input.lheResponsibleTitle,
  };
  return db.$transaction(async (tx) => {
    const before = await tx.period.findUnique({
      where: { id: input.periodId },
      select: { id: true, tpiBasisTitle: true, tpiBasisNumber: true, tpiBasisDate: true, lheResponsibleName: true, lheResponsibleNip: true, lheResponsibleTitle: true },
    });
    if (!before) throw new DomainError("Periode tidak ditemukan.");
    await tx.period.update({ where: { id: before.id }, data: fields });
    const { id, tpiBasisDate, ...rest } = before;
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "period.lhe_basis",
      entityType: "Period",
      entityId: id,
      before: { ...rest, tpiBasisDate: tpiBasisDate ? isoDayOf(tpiBasisDate) : null },
      after: { ...fields, tpiBasisDate: input.tpiBasisDate },
    });
    return { id };
  });
}
