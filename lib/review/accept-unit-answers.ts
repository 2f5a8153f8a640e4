import "server-only";
import { getAssessmentForUser } from "@/lib/assessment/access";
import { lkeOf } from "@/lib/assessment/lke-of";
import { appendAuditEvent } from "@/lib/audit/record-event";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/errors";
import type { LkeVersion } from "@/lib/lke/schema";
import { getSection, listSections, sectionQuestionCodes } from "@/lib/lke/sections";
import { lockForReview, startReviewIfSubmitted } from "./review-lock";
import type { AcceptUnitAnswersInput } from "./schemas";

type Options = { db: Db; user: SessionUser; input: AcceptUnitAnswersInput; now?: Date };

/** The question codes of one indicator or one area page, or null when the LKE has no such thing. */
export function scopeQuestionCodes(lke: LkeVersion, input: Pick<AcceptUnitAnswersInput, "scope" | "key">): string[] | null {
  if (input.scope === "section") {
    const section = getSection(lke, input.key);
    return section ? sectionQuestionCodes(section) : null;
  }
  for (const section of listSections(lke)) {
    const group = section.groups.find((g) => g.indicator.code === input.key);
    if (group) return group.questions.map((q) => q.code);
  }
  return null;
}

/**
 * "Terima jawaban unit": the TPI takes over the unit's value for every question of the scope
 * that the unit answered and the TPI has not — one statement, one transaction, one audit event.
 * Questions the TPI already decided and questions the unit left empty stay as they are.
 */
export async function acceptUnitAnswers({ db, user, input, now = new Date() }: Options): Promise<{ accepted: string[] }> {
  if (user.role !== "TPI") throw new DomainError("Hanya anggota TPI yang dapat menilai LKE.");
  const assessment = await getAssessmentForUser({ db, user, assessmentId: input.assessmentId });
  if (!assessment) throw new DomainError("Penilaian tidak ditemukan atau tidak ditugaskan kepada Anda.");
  const codes = scopeQuestionCodes(lkeOf(assessment.period), input);
  if (!codes) throw new DomainError("Indikator atau area tidak ada dalam LKE periode ini.");

  return db.$transaction(async (tx) => {
    const locked = await lockForReview({ tx, assessmentId: assessment.id, reviewerId: user.id });
    // JSON null and SQL NULL both mean "no value" (Prisma writes either, depending on the call).
    const rows = await tx.$queryRaw<{ questionCode: string }[]>`
      UPDATE "Answer" SET "tpiValue" = "unitValue", "tpiUpdatedAt" = ${now}, "tpiUpdatedById" = ${user.id}::uuid, "version" = "version" + 1
      WHERE "assessmentId" = ${assessment.id}::uuid AND "questionCode" = ANY(${codes}::text[])
        AND ("tpiValue" IS NULL OR "tpiValue" = 'null'::jsonb)
        AND "unitValue" IS NOT NULL AND "unitValue" <> 'null'::jsonb
      RETURNING "questionCode"`;
    const accepted = rows.map((r) => r.questionCode).sort();
    if (accepted.length === 0) return { accepted };
    await startReviewIfSubmitted({ tx, assessmentId: assessment.id, locked, actorId: user.id });
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: "answer.tpi_accept_unit",
      entityType: "Assessment",
      entityId: assessment.id,
      unitId: assessment.unitId,
      assessmentId: assessment.id,
      after: { scope: input.scope, key: input.key, questions: accepted },
    });
    return { accepted };
  });
}
