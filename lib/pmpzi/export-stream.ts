import "server-only";
import { stringify } from "csv-stringify/sync";
import { lkeOf } from "@/lib/assessment/lke-of";
import type { Db } from "@/lib/db/create-client";
import { loadUnitEligibilityFacts } from "@/lib/eligibility/unit-facts";
import { holdsWbkOn } from "@/lib/eligibility/predicates";
import { getEnv } from "@/lib/env";
import { getInstansiProfile } from "@/lib/instansi/profile";
import { scoreBothSides } from "@/lib/review/score-both";
import { buildUnitRecord, csvRecords, PMPZI_CSV_HEADER, PMPZI_SCHEMA, type PmpziEvidence, type PmpziUnit } from "./unit-record";

// The PMPZI export of one period as a stream: one unit is loaded, scored and written at a time,
// so the response never holds the whole period (README, "Ekspor PMPZI").

export type PmpziFormat = "json" | "csv";

function evidenceUrl(id: string): string {
  const base = getEnv().AUTH_URL?.replace(/\/$/, "") ?? "";
  return `${base}/api/evidence/${id}`;
}

async function loadUnit({ db, assessmentId, periodId }: { db: Db; assessmentId: string; periodId: string }): Promise<PmpziUnit> {
  const a = await db.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: {
      state: true,
      unitId: true,
      unit: { select: { code: true, name: true, proposals: { where: { round: { periodId, status: "APPROVED" } }, select: { target: true, route: true } } } },
      period: { select: { lkeVersionId: true, year: true } },
      monitoredPredicate: { select: { predicate: true, year: true, decreeNumber: true } },
      answers: { select: { questionCode: true, unitValue: true, unitNote: true, tpiValue: true, tpiNote: true } },
      evidence: { orderBy: { createdAt: "asc" }, select: { id: true, questionCode: true, kind: true, fileName: true, url: true, sha256: true, size: true } },
    },
  });
  const lke = lkeOf(a.period);
  const facts = await loadUnitEligibilityFacts({ db, periodId, unitId: a.unitId });
  const scores = scoreBothSides({ lke, answers: a.answers, holdsWbk: holdsWbkOn(facts.unit.predicates, facts.asOf) });
  const evidence = new Map<string, PmpziEvidence[]>();
  for (const e of a.evidence) {
    const item: PmpziEvidence = { kind: e.kind, name: e.fileName, url: e.kind === "LINK" ? (e.url ?? "") : evidenceUrl(e.id), sha256: e.sha256, size: e.size };
    evidence.set(e.questionCode, [...(evidence.get(e.questionCode) ?? []), item]);
  }
  return buildUnitRecord({ unit: a.unit, state: a.state, proposal: a.unit.proposals[0] ?? null, monitoring: a.monitoredPredicate, lke, scores, answers: new Map(a.answers.map((x) => [x.questionCode, x])), evidence });
}

/** The period's export, or null when there is no period of that year. */
export async function streamPmpziExport({ db, year, format, now = new Date() }: { db: Db; year: number; format: PmpziFormat; now?: Date }): Promise<ReadableStream<Uint8Array> | null> {
  const period = await db.period.findUnique({ where: { year }, select: { id: true, year: true, name: true, assessments: { orderBy: { unit: { name: "asc" } }, select: { id: true } } } });
  if (!period) return null;
  const instansi = await getInstansiProfile({ db });
  const ids = period.assessments.map((a) => a.id);
  const encoder = new TextEncoder();
  let index = -1;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (index === -1) {
          const head =
            format === "json"
              ? `{"schema":${JSON.stringify(PMPZI_SCHEMA)},"generatedAt":${JSON.stringify(now.toISOString())},"instansi":${JSON.stringify({ name: instansi.name })},"period":${JSON.stringify({ year: period.year, name: period.name })},"units":[`
              : stringify([PMPZI_CSV_HEADER], { record_delimiter: "\r\n" });
          controller.enqueue(encoder.encode(head));
        } else if (index < ids.length) {
          const unit = await loadUnit({ db, assessmentId: ids[index]!, periodId: period.id });
          const text = format === "json" ? `${index > 0 ? "," : ""}${JSON.stringify(unit)}` : stringify(csvRecords(unit), { record_delimiter: "\r\n" });
          controller.enqueue(encoder.encode(text));
        } else {
          if (format === "json") controller.enqueue(encoder.encode("]}"));
          controller.close();
        }
        index += 1;
      } catch (error) {
        console.error("[pmpzi] export failed", error);
        controller.error(error);
      }
    },
  });
}
