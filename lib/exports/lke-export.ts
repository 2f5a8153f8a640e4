import "server-only";
import { formatDateTimeZoned, STATE_LABELS } from "@/lib/format";
import { getInstansiProfile } from "@/lib/instansi/profile";
import { type ExportFile, exportFileName } from "./file-names";
import { buildLkeRows } from "./lke-rows";
import { buildLkeWorkbook } from "./lke-workbook";
import { type ExportOptions, loadAssessmentExport } from "./load-assessment";

/** The LKE worksheet of one assessment as .xlsx, or null when the user may not see it. */
export async function getLkeExport({ now = new Date(), ...options }: ExportOptions & { now?: Date }): Promise<ExportFile | null> {
  const [data, instansi] = await Promise.all([loadAssessmentExport(options), getInstansiProfile({ db: options.db })]);
  if (!data) return null;
  const { assessment, lke, answers, scores } = data;
  const body = await buildLkeWorkbook({
    instansiName: instansi.name,
    unitName: assessment.unit.name,
    periodName: assessment.period.name,
    year: assessment.period.year,
    stateLabel: STATE_LABELS[assessment.state],
    generatedAt: formatDateTimeZoned(now, instansi.timeZone),
    rows: buildLkeRows({ lke, scores, answers }),
  });
  return { fileName: exportFileName("LKE", assessment.unit.name, assessment.period.year, "xlsx"), kind: "xlsx", body };
}
