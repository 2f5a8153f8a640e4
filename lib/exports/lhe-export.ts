import "server-only";
import { buildLheContent } from "@/lib/lhe/build-content";
import { getLheLetter } from "@/lib/lhe/queries";
import { renderLheDocx } from "@/lib/lhe/render-docx";
import { renderLhePdf } from "@/lib/lhe/render-pdf";
import { getInstansiProfile } from "@/lib/instansi/profile";
import { type ExportFile, exportFileName } from "./file-names";
import { type ExportOptions, loadAssessmentExport } from "./load-assessment";

export type LheFormat = "pdf" | "docx";

/** The Laporan Hasil Evaluasi of one assessment as PDF or DOCX (one content, two renderers), or null when the user may not see it. */
export async function getLheExport({ now = new Date(), format = "pdf", ...options }: ExportOptions & { now?: Date; format?: LheFormat }): Promise<ExportFile | null> {
  const [data, instansi] = await Promise.all([loadAssessmentExport(options), getInstansiProfile({ db: options.db })]);
  if (!data) return null;
  const letter = await getLheLetter({ db: options.db, assessment: data.assessment });
  const content = buildLheContent({ data, instansi, letter, now });
  const body = format === "docx" ? await renderLheDocx(content) : await renderLhePdf(content);
  const { unit, period } = data.assessment;
  return { fileName: exportFileName("LHE", unit.name, period.year, format), kind: format, body };
}
