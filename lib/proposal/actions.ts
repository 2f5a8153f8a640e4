"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { createAction } from "@/lib/actions/safe-action";
import { completeMonitoringReport, openMonitoringAssessment } from "./monitoring-assessment";
import { recordMonitoring } from "./monitoring-mutations";
import { requestProposalPackage, retryProposalPackage } from "./package/package-mutations";
import { approveProposalRound, deselectProposalUnit, saveProposalRound, selectProposalUnit } from "./round-mutations";
import { ApproveRoundSchema, DeselectUnitSchema, MonitoringReportSchema, MonitoringSchema, OpenMonitoringSchema, ProposalRoundSchema, RequestPackageSchema, RetryPackageSchema, SelectUnitSchema, TpnStageSchema } from "./schemas";
import { recordTpnStage } from "./stage-mutations";

// ADMIN (Bagian Organisasi) prepares the proposal and records what TPN sends back; PIMPINAN
// approves, which is the instansi's proposal (PermenPAN-RB 5/2024 page 5: the head proposes).

const admin = ["ADMIN"] as const;
const pimpinan = ["PIMPINAN"] as const;

const round = createAction({ roles: admin, schema: ProposalRoundSchema, handler: ({ db, user, input }) => saveProposalRound({ db, actorId: user.id, input }) });
const select = createAction({ roles: admin, schema: SelectUnitSchema, handler: ({ db, user, input }) => selectProposalUnit({ db, actorId: user.id, input }) });
const deselect = createAction({ roles: admin, schema: DeselectUnitSchema, handler: ({ db, user, input }) => deselectProposalUnit({ db, actorId: user.id, input }) });
const approve = createAction({ roles: pimpinan, schema: ApproveRoundSchema, handler: ({ db, user, input }) => approveProposalRound({ db, actorId: user.id, input }) });
const stage = createAction({ roles: admin, schema: TpnStageSchema, handler: ({ db, user, input }) => recordTpnStage({ db, actorId: user.id, input }) });
const requestPackage = createAction({ roles: admin, schema: RequestPackageSchema, handler: ({ db, user, input }) => requestProposalPackage({ db, actorId: user.id, input }) });
const retryPackage = createAction({ roles: admin, schema: RetryPackageSchema, handler: ({ db, user, input }) => retryProposalPackage({ db, actorId: user.id, input }) });
const monitoring = createAction({ roles: admin, schema: MonitoringSchema, handler: ({ db, user, input }) => recordMonitoring({ db, actorId: user.id, input }) });
const openMonitoring = createAction({ roles: admin, schema: OpenMonitoringSchema, handler: ({ db, user, input }) => openMonitoringAssessment({ db, actorId: user.id, input }) });
const monitoringReport = createAction({ roles: admin, schema: MonitoringReportSchema, handler: ({ db, user, input }) => completeMonitoringReport({ db, actorId: user.id, input }) });

// Outside createAction's try: revalidation is not a failure of the write.
function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath("/admin/usulan", "layout");
    revalidatePath("/pimpinan", "layout");
    revalidatePath("/dasbor", "layout");
    revalidatePath("/admin/units", "layout");
  }
  return result;
}

export async function saveProposalRoundAction(input: unknown) {
  return revalidated(await round(input));
}

export async function selectProposalUnitAction(input: unknown) {
  return revalidated(await select(input));
}

export async function deselectProposalUnitAction(input: unknown) {
  return revalidated(await deselect(input));
}

export async function approveProposalRoundAction(input: unknown) {
  return revalidated(await approve(input));
}

export async function recordTpnStageAction(input: unknown) {
  return revalidated(await stage(input));
}

export async function recordMonitoringAction(input: unknown) {
  return revalidated(await monitoring(input));
}

export async function openMonitoringAssessmentAction(input: unknown) {
  const result = revalidated(await openMonitoring(input));
  // The unit's and the TPI's lists now show the new (or linked) LKE.
  if (result.ok) {
    revalidatePath("/opd", "layout");
    revalidatePath("/tpi", "layout");
  }
  return result;
}

export async function completeMonitoringReportAction(input: unknown) {
  return revalidated(await monitoringReport(input));
}

export async function requestProposalPackageAction(input: unknown) {
  return revalidated(await requestPackage(input));
}

export async function retryProposalPackageAction(input: unknown) {
  return revalidated(await retryPackage(input));
}
