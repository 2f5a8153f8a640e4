import "server-only";
import { getEnv } from "@/lib/env";
import { formatDateTimeZoned, STATE_LABELS } from "@/lib/format";
import { getInstansiProfile } from "@/lib/instansi/profile";
import { buildLkeWorkbook } from "@/lib/lke-workbook/build-workbook";
import type { EvidenceIndexRow } from "@/lib/lke-workbook/write-summary-sheets";
import type { Db } from "@/lib/db/create-client";
import { type ExportFile, exportFileName } from "./file-names";
import { type ExportOptions, loadAssessmentExport } from "./load-assessment";

/** Every bukti dukung with its hash and size; a file links to the portal's download when AUTH_URL is set. */
async function listEvidenceIndex(db: Db, assessmentId: string, zone: Parameters<typeof formatDateTimeZoned>[1]): Promise<EvidenceIndexRow[]> {
  const base = getEnv().AUTH_URL?.replace(/\/+$/, "") ?? null;
  const rows = await db.evidence.findMany({
    where: { assessmentId },
    orderBy: [{ questionCode: "asc" }, { createdAt: "asc" }],
    select: { id: true, questionCode: true, kind: true, fileName: true, url: true, size: true, sha256: true, createdAt: true },
  });
  return rows.map((r) => ({
    questionCode: r.questionCode,
    kind: r.kind,
    name: r.kind === "FILE" ? (r.fileName ?? "berkas") : (r.url ?? ""),
    link: r.kind === "LINK" ? r.url : base ? `${base}/api/evidence/${r.id}` : null,
    size: r.size,
    sha256: r.sha256,
    uploadedAt: formatDateTimeZoned(r.createdAt, zone),
  }));
}

/** The LKE workbook of one assessment as .xlsx, or null when the user may not see it. */
export async function getLkeExport({ now = new Date(), ...options }: ExportOptions & { now?: Date }): Promise<ExportFile | null> {
  const [data, instansi] = await Promise.all([loadAssessmentExport(options), getInstansiProfile({ db: options.db })]);
  if (!data) return null;
  const { assessment, lke, answers, scores } = data;
  const body = await buildLkeWorkbook({
    lke,
    headerLines: [
      "LEMBAR KERJA EVALUASI (LKE) ZONA INTEGRITAS MENUJU WBK/WBBM",
      instansi.name,
      `Unit kerja: ${assessment.unit.name}`,
      `Periode: ${assessment.period.name} (tahun ${assessment.period.year})`,
      `Status: ${STATE_LABELS[assessment.state]} · diunduh ${formatDateTimeZoned(now, instansi.timeZone)}`,
    ],
    answers,
    scores,
    evidence: await listEvidenceIndex(options.db, assessment.id, instansi.timeZone),
    title: `LKE ${assessment.unit.name} ${assessment.period.year}`,
    creator: `Portal ZI ${instansi.name}`,
  });
  return { fileName: exportFileName("LKE", assessment.unit.name, assessment.period.year, "xlsx"), kind: "xlsx", body };
}
