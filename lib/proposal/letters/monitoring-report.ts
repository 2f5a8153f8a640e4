import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { ExportFile } from "@/lib/exports/file-names";
import { getInstansiProfile } from "@/lib/instansi/profile";
import { isoDayOf } from "@/lib/instansi/time-zone";
import { monitoringReportBlocks } from "./blocks";
import { renderLetterDocx } from "./render-docx";
import { renderLetterPdf } from "./render-pdf";

/** The monitoring report letter (Gambar 10) of one recorded monitoring, as PDF or DOCX. */
export async function monitoringReportFile({ db, monitoringId, kind }: { db: Db; monitoringId: string; kind: "pdf" | "docx" }): Promise<ExportFile | null> {
  const row = await db.predicateMonitoring.findUnique({
    where: { id: monitoringId },
    select: { monitoredOn: true, score: true, conclusion: true, notes: true, reportNumber: true, predicate: { select: { predicate: true, unit: { select: { name: true } } } } },
  });
  if (!row) return null;
  const instansi = await getInstansiProfile({ db });
  const blocks = monitoringReportBlocks({
    instansiName: instansi.name,
    regionName: instansi.regionName,
    headTitle: instansi.headTitle,
    reportNumber: row.reportNumber,
    day: isoDayOf(row.monitoredOn),
    unitName: row.predicate.unit.name,
    predicate: row.predicate.predicate,
    meets: row.conclusion === "MASIH_MEMENUHI",
    score: row.score?.toNumber() ?? null,
    notes: row.notes,
  });
  const meta = { title: `Laporan Monitoring ${row.predicate.unit.name}`, author: `Portal ZI ${instansi.name}`, blocks };
  const name = `Laporan_Monitoring_${isoDayOf(row.monitoredOn)}`;
  return kind === "pdf" ? { fileName: `${name}.pdf`, kind, body: await renderLetterPdf(meta) } : { fileName: `${name}.docx`, kind, body: await renderLetterDocx(meta) };
}
