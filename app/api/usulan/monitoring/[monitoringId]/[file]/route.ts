import { IdSchema } from "@/lib/admin/schema-helpers";
import { serveExport } from "@/lib/exports/http";
import { monitoringReportFile } from "@/lib/proposal/letters/monitoring-report";

// GET /api/usulan/monitoring/<id>/laporan.pdf (or .docx): the monitoring report letter (ADMIN, PIMPINAN).
export async function GET(_request: Request, { params }: { params: Promise<{ monitoringId: string; file: string }> }): Promise<Response> {
  const { monitoringId, file } = await params;
  return serveExport(async ({ db, user }) => {
    if (user.role !== "ADMIN" && user.role !== "PIMPINAN") return "forbidden";
    const kind = file === "laporan.pdf" ? "pdf" : file === "laporan.docx" ? "docx" : null;
    if (!kind || !IdSchema.safeParse(monitoringId).success) return null;
    return monitoringReportFile({ db, monitoringId, kind });
  });
}
