import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ProposalPeriods } from "@/components/proposal/proposal-periods";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { listProposalPeriods } from "@/lib/proposal/queries";

export const metadata: Metadata = { title: "Usulan ke TPN" };

export default async function LeaderProposalsPage() {
  await requirePageUser(["PIMPINAN"]);
  const periods = await listProposalPeriods({ db: getDb() });
  return (
    <>
      <PageHeader title="Usulan ke TPN" description="Usulan unit kerja menuju WBK/WBBM yang menunggu persetujuan Anda" />
      <ProposalPeriods periods={periods} base="/pimpinan/usulan" />
    </>
  );
}
