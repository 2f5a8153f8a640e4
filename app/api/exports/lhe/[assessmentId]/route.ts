import { getLheExport } from "@/lib/exports/lhe-export";
import { serveExport } from "@/lib/exports/http";

// GET the Laporan Hasil Evaluasi of one assessment: PDF, or DOCX with ?format=docx; 404 for anyone who may not see it.
export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string }> }): Promise<Response> {
  const { assessmentId } = await params;
  const format = new URL(request.url).searchParams.get("format") === "docx" ? "docx" : "pdf";
  return serveExport(({ db, user }) => getLheExport({ db, user, assessmentId, format }));
}
