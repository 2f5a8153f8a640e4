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
