import { getLheExport } from "@/lib/exports/lhe-export";
import { serveExport } from "@/lib/exports/http";

// GET the Laporan Hasil Evaluasi (PDF) of one assessment; 404 for anyone who may not see it.
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string }> }): Promise<Response> {
  const { assessmentId } = await params;
  return serveExport(({ db, user }) => getLheExport({ db, user, assessmentId }));
}
