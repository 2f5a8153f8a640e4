import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { ProposalFileKind, ProposalRoute, ProposalRoundStatus, TpnStageKind, TpnStageResult, ZiTarget } from "@/lib/db/generated/enums";
import { describeEligibility } from "@/lib/eligibility/labels";
import { proposalDayOf } from "@/lib/instansi/proposal-day";
import { isoDayOf } from "@/lib/instansi/time-zone";
import { checkDay, loadCandidates } from "./candidates";
import { candidateRefusal, daysUntil, TARGET_LABELS } from "./rules";
import { currentStage } from "./stages";

// What the proposal pages show: the round of a period, the units that may be added with why the
// others may not, and TPN's stages per proposed unit.

export type CandidateView = { unitId: string; name: string; state: string; targets: { target: ZiTarget; ok: boolean; text: string }[] };
export type StageView = { id: string; kind: TpnStageKind; date: string; result: TpnStageResult; notes: string | null; followUpDeadline: string | null; documentNumber: string | null; files: { id: string; fileName: string }[] };
export type ProposedUnitView = {
  unitId: string;
  name: string;
  assessmentId: string;
  target: ZiTarget;
  route: ProposalRoute;
  stages: StageView[];
  current: { kind: TpnStageKind; result: TpnStageResult } | null;
  predicate: { decreeNumber: string; decreeDate: string } | null;
};
export type RoundView = {
  id: string;
  status: ProposalRoundStatus;
  quota: number | null;
  letterNumber: string | null;
  signerName: string | null;
  signerNip: string | null;
  approvedAt: Date | null;
  approvedByName: string | null;
  late: boolean;
  lateReason: string | null;
  units: ProposedUnitView[];
  files: { id: string; kind: ProposalFileKind; fileName: string; createdAt: Date }[];
};
export type ProposalOverview = {
  period: { id: string; year: number; name: string };
  deadline: string;
  daysLeft: number;
  round: RoundView | null;
  candidates: CandidateView[];
};

export async function getProposalOverview({ db, periodId, today }: { db: Db; periodId: string; today: string }): Promise<ProposalOverview | null> {
  const period = await db.period.findUnique({ where: { id: periodId }, select: { id: true, year: true, name: true, proposalDeadline: true } });
  if (!period) return null;
  const [round, candidates] = await Promise.all([
    db.proposalRound.findUnique({
      where: { periodId },
      include: {
        files: { where: { kind: { in: ["SURAT_PENGAJUAN", "SPTJM"] } }, orderBy: { createdAt: "desc" }, select: { id: true, kind: true, fileName: true, createdAt: true } },
        units: {
          orderBy: { unit: { name: "asc" } },
          include: {
            unit: { select: { name: true } },
            predicate: { select: { decreeNumber: true, decreeDate: true } },
            stages: { include: { files: { select: { id: true, fileName: true } } } },
          },
        },
      },
    }),
    loadCandidates({ db, periodId, asOf: checkDay(period, today) }),
  ]);
  const approver = round?.approvedById ? await db.user.findUnique({ where: { id: round.approvedById }, select: { name: true } }) : null;
  const deadline = proposalDayOf(period);
  const selected = new Set(round?.units.map((u) => u.unitId) ?? []);
  return {
    period: { id: period.id, year: period.year, name: period.name },
    deadline,
    daysLeft: daysUntil(today, deadline),
    round: round && {
      id: round.id,
      status: round.status,
      quota: round.quota,
      letterNumber: round.letterNumber,
      signerName: round.signerName,
      signerNip: round.signerNip,
      approvedAt: round.approvedAt,
      approvedByName: approver?.name ?? null,
      late: round.late,
      lateReason: round.lateReason,
      files: round.files,
      units: round.units.map((u) => {
        const stages = u.stages.map((s) => ({
          id: s.id,
          kind: s.kind,
          date: isoDayOf(s.date),
          result: s.result,
          notes: s.notes,
          followUpDeadline: s.followUpDeadline ? isoDayOf(s.followUpDeadline) : null,
          documentNumber: s.documentNumber,
          files: s.files,
        }));
        return {
          unitId: u.unitId,
          name: u.unit.name,
          assessmentId: u.assessmentId,
          target: u.target,
          route: u.route,
          stages,
          current: currentStage(stages),
          predicate: u.predicate && { decreeNumber: u.predicate.decreeNumber, decreeDate: isoDayOf(u.predicate.decreeDate) },
        };
      }),
    },
    candidates: candidates
      .filter((c) => !selected.has(c.unitId))
      .map((c) => ({
        unitId: c.unitId,
        name: c.name,
        state: c.state,
        targets: (["WBK", "WBBM"] as const).map((target) => {
          const outcome = candidateRefusal(c, target);
          if ("reason" in outcome) return { target, ok: false, text: outcome.reason };
          const detail = c.eligibility ? describeEligibility(c.eligibility[target], target).headline : "";
          return { target, ok: true, text: `${TARGET_LABELS[target]}: ${detail}` };
        }),
      })),
  };
}

export type ProposalPeriod = { id: string; year: number; name: string; deadline: string; status: ProposalRoundStatus | null; units: number };

export async function listProposalPeriods({ db }: { db: Db }): Promise<ProposalPeriod[]> {
  const periods = await db.period.findMany({ orderBy: { year: "desc" }, select: { id: true, year: true, name: true, proposalDeadline: true, proposalRound: { select: { status: true, _count: { select: { units: true } } } } } });
  return periods.map((p) => ({ id: p.id, year: p.year, name: p.name, deadline: proposalDayOf(p), status: p.proposalRound?.status ?? null, units: p.proposalRound?._count.units ?? 0 }));
}

export type ProposalCountdown = { periodId: string; deadline: string; daysLeft: number; status: ProposalRoundStatus | null; units: number; late: boolean };

/** The leaders' dashboard line: days to the TPN deadline and where the proposal stands. */
export async function getProposalCountdown({ db, periodId, today }: { db: Db; periodId: string; today: string }): Promise<ProposalCountdown | null> {
  const period = await db.period.findUnique({ where: { id: periodId }, select: { year: true, proposalDeadline: true, proposalRound: { select: { status: true, late: true, _count: { select: { units: true } } } } } });
  if (!period) return null;
  const deadline = proposalDayOf(period);
  const round = period.proposalRound;
  return { periodId, deadline, daysLeft: daysUntil(today, deadline), status: round?.status ?? null, units: round?._count.units ?? 0, late: round?.late ?? false };
}

export type UnitProposalView = { target: ZiTarget; route: ProposalRoute; status: ProposalRoundStatus; late: boolean; stages: { kind: TpnStageKind; result: TpnStageResult; date: string }[] };

/** A unit's place in its period's proposal, for the unit page (the caller has checked access to the unit). */
export async function getUnitProposal({ db, unitId, periodId }: { db: Db; unitId: string; periodId: string }): Promise<UnitProposalView | null> {
  const row = await db.proposedUnit.findFirst({
    where: { unitId, round: { periodId } },
    select: { target: true, route: true, round: { select: { status: true, late: true } }, stages: { select: { kind: true, result: true, date: true } } },
  });
  if (!row) return null;
  return { target: row.target, route: row.route, status: row.round.status, late: row.round.late, stages: row.stages.map((s) => ({ kind: s.kind, result: s.result, date: isoDayOf(s.date) })) };
}
