import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import type { ExportFile } from "@/lib/exports/file-names";
import { getLheExport } from "@/lib/exports/lhe-export";
import { getLkeExport } from "@/lib/exports/lke-export";

// The one place the package takes a unit's LHE and LKE workbook from. The LHE (letter framing,
// DOCX) and the LKE workbook are being rewritten on another branch; swap them here.

export async function unitDocuments({ db, user, assessmentId }: { db: Db; user: SessionUser; assessmentId: string }): Promise<ExportFile[]> {
  const lhe = await getLheExport({ db, user, assessmentId });
  const lke = await getLkeExport({ db, user, assessmentId });
  return [lhe, lke].filter((file): file is ExportFile => file !== null);
}
