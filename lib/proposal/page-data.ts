import "server-only";
import { notFound } from "next/navigation";
import { IdSchema } from "@/lib/admin/schema-helpers";
import { getDb } from "@/lib/db/prisma";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { dateInZone } from "@/lib/instansi/time-zone";
import { listProposalPackages } from "./package/queries";
import { getProposalOverview } from "./queries";

/**
 * What the proposal page of a period shows, for ADMIN and PIMPINAN alike (each page checks its role
 * first): the round with its units and packages, as of today in the instansi's time zone; 404 for
 * an unknown period.
 */
export async function loadProposalPage(periodId: string) {
  const id = IdSchema.safeParse(periodId);
  if (!id.success) notFound();
  const instansi = await loadInstansiProfile();
  const today = dateInZone(new Date(), instansi.timeZone);
  const overview = await getProposalOverview({ db: getDb(), periodId: id.data, today });
  if (!overview) notFound();
  const { round } = overview;
  const packages = round ? await listProposalPackages({ db: getDb(), roundId: round.id }) : [];
  return { instansi, today, overview, round, packages };
}
