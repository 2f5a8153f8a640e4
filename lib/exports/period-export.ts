import "server-only";
import { lkeOf } from "@/lib/assessment/lke-of";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import { STATE_LABELS } from "@/lib/format";
import { scoreBothSides } from "@/lib/review/score-both";
import { getFinalResult } from "@/lib/review/transitions/queries";
import { type ExportFile, exportFileName } from "./file-names";
import { buildPeriodCsv, type PeriodCsvRow } from "./period-csv";
import { BASIS_LABELS, predicateLabel, summarizeResult } from "./result-summary";

type PeriodExportOptions = { db: Db; user: SessionUser; year: number };

/** Which units' rows this user may read: PIMPINAN and ADMIN all, a TPI only the assigned ones. */
function scopeOf(user: SessionUser, periodId: string): Prisma.AssessmentWhereInput | null {
  if (user.role === "ADMIN" || user.role === "PIMPINAN") return { periodId };
  if (user.role === "TPI") return { periodId, unit: { assignments: { some: { reviewerId: user.id, periodId } } } };
  return null;
}

/**
 * The period's units as CSV, one row per assessment, scored by lib/scoring; "forbidden" for an
 * OPERATOR (the dashboard is not theirs), null when the period does not exist.
 */
export async function getPeriodCsvExport({ db, user, year }: PeriodExportOptions): Promise<ExportFile | null | "forbidden"> {
  if (user.role === "OPERATOR") return "forbidden";
  const period = await db.period.findUnique({ where: { year }, select: { id: true, lkeVersionId: true } });
  if (!period) return null;
  const where = scopeOf(user, period.id);
  if (!where) return "forbidden";
  const lke = lkeOf(period);
  const assessments = await db.assessment.findMany({
    where,
    orderBy: { unit: { name: "asc" } },
    select: { id: true, state: true, unit: { select: { name: true } }, answers: { select: { questionCode: true, unitValue: true, tpiValue: true } } },
  });
  const rows: PeriodCsvRow[] = await Promise.all(
    assessments.map(async (a) => {
      const scores = scoreBothSides({ lke, answers: a.answers });
      const final = a.state === "FINAL" ? await getFinalResult({ db, assessmentId: a.id }) : null;
      const summary = summarizeResult({ scores, final });
      return {
        unitName: a.unit.name,
        stateLabel: STATE_LABELS[a.state],
        unitTotal: scores.unit.total,
        tpiTotal: scores.tpi.completeness.answered > 0 ? scores.tpi.total : null,
        basisLabel: BASIS_LABELS[summary.basis],
        predicateLabel: predicateLabel(summary.predicate),
        areaPercents: { MP: summary.score.areas.MP.percent, TL: summary.score.areas.TL.percent, SDM: summary.score.areas.SDM.percent, AK: summary.score.areas.AK.percent, PW: summary.score.areas.PW.percent, PP: summary.score.areas.PP.percent },
        failing: [...summary.failing.map((c) => `${c.label}: ${c.actual} (syarat ${c.required})`), ...summary.unmetPrerequisites],
      };
    }),
  );
  return { fileName: exportFileName("Dasbor-ZI", null, year, "csv"), kind: "csv", body: buildPeriodCsv(rows) };
}
