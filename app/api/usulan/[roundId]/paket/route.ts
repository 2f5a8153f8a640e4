import { getDb } from "@/lib/db/prisma";
import { listProposalPackages } from "@/lib/proposal/package/queries";
import { guardPackageRoute } from "@/lib/proposal/package/route-guard";

// GET /api/usulan/<roundId>/paket: the round's packages and their progress, as JSON, which the
// page polls while one is being built (ADMIN, PIMPINAN). The build itself is a job (lib/jobs).
export async function GET(_request: Request, { params }: { params: Promise<{ roundId: string }> }): Promise<Response> {
  const { roundId } = await params;
  const refused = await guardPackageRoute([roundId]);
  if (refused) return refused;
  const packages = await listProposalPackages({ db: getDb(), roundId });
  return Response.json({ packages }, { headers: { "Cache-Control": "private, no-store" } });
}
