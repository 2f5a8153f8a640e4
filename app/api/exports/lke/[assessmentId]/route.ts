import { getLkeExport } from "@/lib/exports/lke-export";
import { serveExport } from "@/lib/exports/http";

// GET the LKE worksheet (.xlsx) of one assessment; 404 for anyone who may not see it.
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string }> }): Promise<Response> {
  const { assessmentId } = await params;
  return serveExport(({ db, user }) => getLkeExport({ db, user, assessmentId }));
}
