import { IdSchema } from "@/lib/admin/schema-helpers";
import { serveExport } from "@/lib/exports/http";
import { isLetterFile, loadLetterData, renderLetterFile } from "@/lib/proposal/letters/documents";

// GET /api/usulan/<roundId>/surat-pengajuan.pdf (or .docx, sptjm.pdf, sptjm.docx): the proposal's
// letters for ADMIN and PIMPINAN; 403 for anyone else.
export async function GET(_request: Request, { params }: { params: Promise<{ roundId: string; file: string }> }): Promise<Response> {
  const { roundId, file } = await params;
  return serveExport(async ({ db, user }) => {
    if (user.role !== "ADMIN" && user.role !== "PIMPINAN") return "forbidden";
    if (!IdSchema.safeParse(roundId).success || !isLetterFile(file)) return null;
    const data = await loadLetterData({ db, roundId });
    return data && renderLetterFile(data, file);
  });
}
