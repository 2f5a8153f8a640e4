import "server-only";
import { type ExportFile, exportFileName } from "./file-names";
import { buildLheData } from "./lhe-data";
import { getInstansiProfile } from "@/lib/instansi/profile";
import { buildLhePdf } from "./lhe-pdf";
import { type ExportOptions, loadAssessmentExport } from "./load-assessment";

/** The Laporan Hasil Evaluasi of one assessment as PDF, or null when the user may not see it. */
export async function getLheExport({ now = new Date(), ...options }: ExportOptions & { now?: Date }): Promise<ExportFile | null> {
  const [data, instansi] = await Promise.all([loadAssessmentExport(options), getInstansiProfile({ db: options.db })]);
  if (!data) return null;
  const body = await buildLhePdf(buildLheData(data, now, instansi));
  const { unit, period } = data.assessment;
  return { fileName: exportFileName("LHE", unit.name, period.year, "pdf"), kind: "pdf", body };
}
