import { serveExport } from "@/lib/exports/http";
import { getPeriodCsvExport } from "@/lib/exports/period-export";

// GET /api/exports/period/2026.csv: the period dashboard as CSV. OPERATOR 403; a TPI gets
// only the units assigned to them.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const match = /^(\d{1,6})\.csv$/.exec(file);
  return serveExport(async ({ db, user }) => (match ? getPeriodCsvExport({ db, user, year: Number(match[1]) }) : null));
}
