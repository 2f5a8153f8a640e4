import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { AssessmentState } from "@/lib/db/generated/enums";
import { PARTICIPANT_KINDS } from "./schemas";

export type StateCounts = Record<AssessmentState, number>;

const NO_STATES: StateCounts = { DRAFT: 0, SUBMITTED: 0, IN_REVIEW: 0, RETURNED: 0, FINAL: 0 };

/** Every period, newest year first, with how many units take part and in which state. */
export async function listPeriods({ db }: { db: Db }) {
  const [periods, counts] = await Promise.all([
    db.period.findMany({
      orderBy: { year: "desc" },
      select: { id: true, year: true, name: true, deadline: true, status: true, lkeVersion: { select: { id: true, title: true } } },
    }),
    db.assessment.groupBy({ by: ["periodId", "state"], _count: { _all: true } }),
  ]);
  return periods.map((period) => {
    const states: StateCounts = { ...NO_STATES };
    for (const c of counts) if (c.periodId === period.id) states[c.state] += c._count._all;
    return { ...period, unitCount: Object.values(states).reduce((a, b) => a + b, 0), states };
  });
}
export type PeriodListItem = Awaited<ReturnType<typeof listPeriods>>[number];

/** One period with its participating units (by name) and how many answers each has. */
export async function getPeriod({ db, id }: { db: Db; id: string }) {
  const period = await db.period.findUnique({
    where: { id },
    select: {
      id: true,
      year: true,
      name: true,
      deadline: true,
      status: true,
      createdAt: true,
      closedAt: true,
      lkeVersion: { select: { id: true, title: true } },
      assessments: {
        orderBy: { unit: { name: "asc" } },
        select: { id: true, state: true, submittedAt: true, updatedAt: true, unit: { select: { id: true, code: true, name: true } }, _count: { select: { answers: true } } },
      },
    },
  });
  if (!period) return null;
  const states: StateCounts = { ...NO_STATES };
  for (const a of period.assessments) states[a.state] += 1;
  return { ...period, states };
}
export type PeriodDetail = NonNullable<Awaited<ReturnType<typeof getPeriod>>>;
export type PeriodParticipant = PeriodDetail["assessments"][number];

/** The stored LKE versions a new period can use. */
export function listLkeVersionOptions({ db }: { db: Db }) {
  return db.lkeVersion.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, title: true } });
}
export type LkeVersionOption = Awaited<ReturnType<typeof listLkeVersionOptions>>[number];

/** Active OPD and UPT: the units that can take part in a period. */
export function listParticipantOptions({ db }: { db: Db }) {
  return db.unit.findMany({
    where: { active: true, kind: { in: [...PARTICIPANT_KINDS] } },
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true, kind: true },
  });
}
export type ParticipantOption = Awaited<ReturnType<typeof listParticipantOptions>>[number];

/** The years already taken, so that the form can suggest the next free one. */
export async function listPeriodYears({ db }: { db: Db }): Promise<number[]> {
  const rows = await db.period.findMany({ select: { year: true }, orderBy: { year: "asc" } });
  return rows.map((row) => row.year);
}
