import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ProposalPeriods } from "@/components/proposal/proposal-periods";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { listProposalPeriods } from "@/lib/proposal/queries";

export const metadata: Metadata = { title: "Usulan ke TPN" };

export default async function ProposalsPage() {
  await requirePageUser(["ADMIN"]);
  const periods = await listProposalPeriods({ db: getDb() });
  return (
    <>
      <PageHeader title="Usulan ke TPN" description="Surat Pengajuan Evaluasi, SPTJM, tahap evaluasi TPN dan keputusan, per periode (PermenPAN-RB 5/2024 Bab II A)" />
      <ProposalPeriods periods={periods} base="/admin/usulan" />
    </>
  );
}
