import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ApproveForm } from "@/components/proposal/approve-form";
import { ProposalDocuments } from "@/components/proposal/proposal-documents";
import { RoundStatus } from "@/components/proposal/round-status";
import { SelectedUnits } from "@/components/proposal/selected-units";
import { IdSchema } from "@/lib/admin/schema-helpers";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { dateInZone } from "@/lib/instansi/time-zone";
import { listProposalPackages } from "@/lib/proposal/package/queries";
import { getProposalOverview } from "@/lib/proposal/queries";

export const metadata: Metadata = { title: "Persetujuan usulan ke TPN" };

export default async function LeaderProposalPage({ params }: { params: Promise<{ periodId: string }> }) {
  await requirePageUser(["PIMPINAN"]);
  const id = IdSchema.safeParse((await params).periodId);
  if (!id.success) notFound();
  const instansi = await loadInstansiProfile();
  const today = dateInZone(new Date(), instansi.timeZone);
  const overview = await getProposalOverview({ db: getDb(), periodId: id.data, today });
  if (!overview) notFound();
  const { round } = overview;
  const packages = round ? await listProposalPackages({ db: getDb(), roundId: round.id }) : [];
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
