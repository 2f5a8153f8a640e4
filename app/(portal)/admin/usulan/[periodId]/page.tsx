import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { CandidateList } from "@/components/proposal/candidate-list";
import { RoundForm } from "@/components/proposal/round-form";
import { ProposalDocuments } from "@/components/proposal/proposal-documents";
import { RoundStatus } from "@/components/proposal/round-status";
import { SelectedUnits } from "@/components/proposal/selected-units";
import { requirePageUser } from "@/lib/auth/session";
import { loadProposalPage } from "@/lib/proposal/page-data";

export const metadata: Metadata = { title: "Usulan ke TPN" };

export default async function ProposalPage({ params }: { params: Promise<{ periodId: string }> }) {
  await requirePageUser(["ADMIN"]);
  const { instansi, today, overview, round, packages } = await loadProposalPage((await params).periodId);
  const initial = round && { quota: round.quota === null ? "" : String(round.quota), letterNumber: round.letterNumber ?? "", signerName: round.signerName ?? "", signerNip: round.signerNip ?? "" };
  return (
    <>
      <Link href="/admin/usulan" className="text-sm text-brand-700 underline">← Usulan ke TPN</Link>
      <PageHeader title={`Usulan ke TPN — ${overview.period.name}`} description="ADMIN memilih unit; pimpinan menyetujui; ADMIN mencatat tahap TPN dan keputusan." />
      <div className="grid max-w-4xl gap-6">
        <RoundStatus overview={overview} zone={instansi.timeZone} canEditDeadline />
        <RoundForm periodId={overview.period.id} initial={initial} editable={round?.status !== "APPROVED"} />
        {round && (
          <section aria-labelledby="selected-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
            <h2 id="selected-title" className="text-lg font-semibold">Unit yang diusulkan</h2>
            <SelectedUnits round={round} mode="admin" today={today} />
          </section>
        )}
        {round && <ProposalDocuments round={round} packages={packages} canUpload />}
        {round?.status === "DRAFT" && (
          <section aria-labelledby="candidates-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
            <h2 id="candidates-title" className="text-lg font-semibold">Unit pada periode ini</h2>
            <p className="text-sm text-slate-600">Hanya hasil evaluasi TPI yang FINAL dan memenuhi syarat usulan (Tabel 5 dan 6) yang dapat dipilih.</p>
            <CandidateList roundId={round.id} candidates={overview.candidates} />
          </section>
        )}
      </div>
    </>
  );
}
