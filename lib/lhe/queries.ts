import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { LheLetter } from "./letter";

type Options = { db: Db; assessment: { id: string; unitId: string; period: { id: string } } };

/**
 * The letter framing of one assessment's LHE. The caller got the assessment through
 * getAssessmentForUser (the access check); the team is the TPI assigned to its unit in its period.
 */
export async function getLheLetter({ db, assessment }: Options): Promise<LheLetter> {
  const [period, team, record, recommendations] = await Promise.all([
    db.period.findUnique({
      where: { id: assessment.period.id },
      select: { tpiBasisTitle: true, tpiBasisNumber: true, tpiBasisDate: true, lheResponsibleName: true, lheResponsibleNip: true, lheResponsibleTitle: true },
    }),
    db.reviewAssignment.findMany({
      where: { periodId: assessment.period.id, unitId: assessment.unitId },
      orderBy: [{ isLead: "desc" }, { reviewer: { name: "asc" } }],
      select: { isLead: true, reviewer: { select: { name: true, nip: true } } },
    }),
    db.lheRecord.findUnique({ where: { assessmentId: assessment.id }, select: { number: true, letterDate: true } }),
    db.lheRecommendation.findMany({ where: { assessmentId: assessment.id }, select: { sectionKey: true, text: true } }),
  ]);
  const basis = period?.tpiBasisTitle && period.tpiBasisNumber && period.tpiBasisDate
    ? { title: period.tpiBasisTitle, number: period.tpiBasisNumber, date: period.tpiBasisDate }
    : null;
  const responsible = period?.lheResponsibleName ? { name: period.lheResponsibleName, nip: period.lheResponsibleNip, title: period.lheResponsibleTitle } : null;
  return {
    number: record?.number ?? null,
    letterDate: record?.letterDate ?? null,
    basis,
    responsible,
    team: team.map((t) => ({ name: t.reviewer.name, nip: t.reviewer.nip, isLead: t.isLead })),
    recommendations: Object.fromEntries(recommendations.map((r) => [r.sectionKey, r.text])),
  };
}

export type LheBasisValues = {
  periodId: string;
  tpiBasisTitle: string;
  tpiBasisNumber: string;
  tpiBasisDate: string;
  lheResponsibleName: string;
  lheResponsibleNip: string;
  lheResponsibleTitle: string;
};

/** The period's LHE basis as the form's values ("" for what is not set). */
export async function getLheBasisValues({ db, periodId }: { db: Db; periodId: string }): Promise<LheBasisValues | null> {
  const p = await db.period.findUnique({
    where: { id: periodId },
    select: { id: true, tpiBasisTitle: true, tpiBasisNumber: true, tpiBasisDate: true, lheResponsibleName: true, lheResponsibleNip: true, lheResponsibleTitle: true },
  });
  if (!p) return null;
  return {
    periodId: p.id,
    tpiBasisTitle: p.tpiBasisTitle ?? "",
    tpiBasisNumber: p.tpiBasisNumber ?? "",
    tpiBasisDate: p.tpiBasisDate ? p.tpiBasisDate.toISOString().slice(0, 10) : "",
    lheResponsibleName: p.lheResponsibleName ?? "",
    lheResponsibleNip: p.lheResponsibleNip ?? "",
    lheResponsibleTitle: p.lheResponsibleTitle ?? "",
  };
}

/** The LHE's number and date as the ketua tim's form values. */
export async function getLheLetterValues({ db, assessmentId }: { db: Db; assessmentId: string }): Promise<{ assessmentId: string; number: string; letterDate: string }> {
  const row = await db.lheRecord.findUnique({ where: { assessmentId }, select: { number: true, letterDate: true } });
  return { assessmentId, number: row?.number ?? "", letterDate: row?.letterDate ? row.letterDate.toISOString().slice(0, 10) : "" };
}

/** The TPI's recommendation for one LKE page ("" when none). */
export async function getLheRecommendation({ db, assessmentId, sectionKey }: { db: Db; assessmentId: string; sectionKey: string }): Promise<string> {
  const row = await db.lheRecommendation.findUnique({ where: { assessmentId_sectionKey: { assessmentId, sectionKey } }, select: { text: true } });
  return row?.text ?? "";
}
