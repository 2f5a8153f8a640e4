import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { AssessmentState, MonitoringConclusion, ZiTarget } from "@/lib/db/generated/enums";
import { isoDayOf } from "@/lib/instansi/time-zone";
import { nextMonitoringDue } from "./rules";

// What the monitoring part of the proposal page shows (90/2021 Lampiran II Bab IV A, pages
// 61–62): each predicate in force with the day its next report is due, its monitoring assessments
// in the portal and its reports. A predicate superseded by a later one of the same unit (a WBK
// holder later awarded WBBM) is not monitored any more: the latest predicate is.

export type MonitoringAssessmentView = { id: string; periodName: string; year: number; state: AssessmentState };
export type MonitoringReportView = {
  id: string;
  monitoredOn: string;
  conclusion: MonitoringConclusion;
  score: number | null;
  notes: string;
  reportNumber: string | null;
  /** The monitoring assessment it came from (null: recorded by hand for a monitoring outside the portal). */
  assessment: { id: string; periodName: string; state: AssessmentState } | null;
};

export type MonitoringDue = {
  predicateId: string;
  unitId: string;
  unitName: string;
  predicate: ZiTarget;
  year: number;
  decreeDate: string;
  lastMonitoredOn: string | null;
  due: string;
  overdue: boolean;
  /** The periods that already have a monitoring assessment of this predicate. */
  monitoredPeriodIds: string[];
  /** Monitoring assessments not yet FINAL (the ones FINAL are in reports). */
  inProgress: MonitoringAssessmentView[];
  reports: MonitoringReportView[];
};

type Held = { id: string; unitId: string; year: number; predicate: ZiTarget };

/** Whether a later predicate of the same unit, in force, takes this one's place. */
function superseded(p: Held, all: readonly Held[]): boolean {
  return all.some((o) => o.unitId === p.unitId && o.id !== p.id && (o.year > p.year || (o.year === p.year && o.predicate === "WBBM" && p.predicate === "WBK")));
}

/** Every predicate in force (the latest of each unit) with the day its next monitoring report is due. */
export async function listMonitoringDue({ db, today }: { db: Db; today: string }): Promise<MonitoringDue[]> {
  const rows = await db.unitPredicate.findMany({
    where: { revokedOn: null },
    orderBy: [{ unit: { name: "asc" } }, { year: "desc" }],
    select: {
      id: true, unitId: true, year: true, predicate: true, decreeDate: true,
      unit: { select: { name: true } },
      monitorings: {
        orderBy: { monitoredOn: "desc" },
        select: { id: true, monitoredOn: true, conclusion: true, score: true, notes: true, reportNumber: true, assessment: { select: { id: true, state: true, period: { select: { name: true } } } } },
      },
      monitoringAssessments: { orderBy: { period: { year: "desc" } }, select: { id: true, state: true, periodId: true, monitoring: { select: { id: true } }, period: { select: { name: true, year: true } } } },
    },
  });
  return rows.filter((p) => !superseded(p, rows)).map((p) => {
    const monitoredOn = p.monitorings.map((m) => isoDayOf(m.monitoredOn));
    const decreeDate = isoDayOf(p.decreeDate);
    const due = nextMonitoringDue({ decreeDate, monitoredOn });
    return {
      predicateId: p.id,
      unitId: p.unitId,
      unitName: p.unit.name,
      predicate: p.predicate,
      year: p.year,
      decreeDate,
      lastMonitoredOn: [...monitoredOn].sort().at(-1) ?? null,
      due,
      overdue: due < today,
      monitoredPeriodIds: p.monitoringAssessments.map((a) => a.periodId),
      inProgress: p.monitoringAssessments.filter((a) => !a.monitoring).map((a) => ({ id: a.id, periodName: a.period.name, year: a.period.year, state: a.state })),
      reports: p.monitorings.map((m) => ({
        id: m.id,
        monitoredOn: isoDayOf(m.monitoredOn),
        conclusion: m.conclusion,
        score: m.score?.toNumber() ?? null,
        notes: m.notes,
        reportNumber: m.reportNumber,
        assessment: m.assessment ? { id: m.assessment.id, periodName: m.assessment.period.name, state: m.assessment.state } : null,
      })),
    };
  });
}

export type OpenPeriodOption = { id: string; year: number; name: string };

/** The OPEN periods a monitoring assessment can be opened in, newest first. */
export async function listOpenPeriods({ db }: { db: Db }): Promise<OpenPeriodOption[]> {
  return db.period.findMany({ where: { status: "OPEN" }, orderBy: { year: "desc" }, select: { id: true, year: true, name: true } });
}
