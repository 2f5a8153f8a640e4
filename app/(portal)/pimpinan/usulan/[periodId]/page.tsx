import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ApproveForm } from "@/components/proposal/approve-form";
import { ProposalDocuments } from "@/components/proposal/proposal-documents";
import { RoundStatus } from "@/components/proposal/round-status";
import { SelectedUnits } from "@/components/proposal/selected-units";
import { requirePageUser } from "@/lib/auth/session";
import { loadProposalPage } from "@/lib/proposal/page-data";

export const metadata: Metadata = { title: "Persetujuan usulan ke TPN" };

export default async function LeaderProposalPage({ params }: { params: Promise<{ periodId: string }> }) {
  await requirePageUser(["PIMPINAN"]);
  const { instansi, today, overview, round, packages } = await loadProposalPage((await params).periodId);
  return (
    <>
      <Link href="/pimpinan/usulan" className="text-sm text-brand-700 underline">← Usulan ke TPN</Link>
      <PageHeader title={`Usulan ke TPN — ${overview.period.name}`} description="Persetujuan Anda adalah pengusulan instansi kepada TPN." />
      <div className="grid max-w-4xl gap-6">
        <RoundStatus overview={overview} zone={instansi.timeZone} />
        {round && (
          <section aria-labelledby="selected-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
            <h2 id="selected-title" className="text-lg font-semibold">Unit yang diusulkan</h2>
            <SelectedUnits round={round} mode="read" today={today} />
            {round.status === "DRAFT" && <ApproveForm roundId={round.id} late={overview.daysLeft < 0} />}
          </section>
        )}
        {round && <ProposalDocuments round={round} packages={packages} canUpload={false} />}
      </div>
    </>
  );
}
