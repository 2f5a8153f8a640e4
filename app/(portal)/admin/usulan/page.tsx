import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { MonitoringSection } from "@/components/proposal/monitoring-section";
import { ProposalPeriods } from "@/components/proposal/proposal-periods";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { dateInZone } from "@/lib/instansi/time-zone";
import { listMonitoringDue, listOpenPeriods } from "@/lib/proposal/monitoring-queries";
import { listProposalPeriods } from "@/lib/proposal/queries";

export const metadata: Metadata = { title: "Usulan ke TPN" };

export default async function ProposalsPage() {
  await requirePageUser(["ADMIN"]);
  const db = getDb();
  const instansi = await loadInstansiProfile();
  const today = dateInZone(new Date(), instansi.timeZone);
  const [periods, due, openPeriods] = await Promise.all([listProposalPeriods({ db }), listMonitoringDue({ db, today }), listOpenPeriods({ db })]);
  return (
    <>
      <PageHeader title="Usulan ke TPN" description="Surat Pengajuan Evaluasi, SPTJM, tahap evaluasi TPN dan keputusan, per periode (PermenPAN-RB 5/2024 Bab II A)" />
      <div className="grid max-w-4xl gap-6">
        <ProposalPeriods periods={periods} base="/admin/usulan" />
        <MonitoringSection due={due} openPeriods={openPeriods} today={today} />
      </div>
    </>
  );
}
