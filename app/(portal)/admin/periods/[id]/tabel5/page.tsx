import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConditionForm } from "@/components/admin/tabel5/condition-form";
import { ProposalDeadlineForm } from "@/components/admin/tabel5/proposal-deadline-form";
import { InstansiConditionsPanel } from "@/components/eligibility/instansi-conditions-panel";
import { PageHeader } from "@/components/ui/page-header";
import { IdSchema } from "@/lib/admin/schema-helpers";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { getPeriodConditions } from "@/lib/instansi/conditions";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { dateInZone } from "@/lib/instansi/time-zone";

export const metadata: Metadata = { title: "Prasyarat Tabel 5 instansi" };

export default async function PeriodTabel5Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser(["ADMIN"]);
  const id = IdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [conditions, instansi] = await Promise.all([getPeriodConditions({ db: getDb(), periodId: id.data }), loadInstansiProfile()]);
  if (!conditions) notFound();
  const { period } = conditions;
  return (
    <>
      <Link href={`/admin/periods/${period.id}`} className="text-sm text-brand-700 underline">← {period.name}</Link>
      <PageHeader
        title="Prasyarat Tabel 5 tingkat instansi"
        description={`Tahun ${period.year} · Opini BPK, predikat SAKIP, Indeks RB, dan maturitas SPIP beserta dokumen sumbernya (PermenPAN-RB 5/2024, Lampiran II Bab II A)`}
      />
      {period.status === "OPEN" ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-4 lg:col-span-2"><ProposalDeadlineForm periodId={period.id} year={period.year} proposalDeadline={conditions.proposalDeadline} /></div>
          {conditions.rows.map(({ key, condition }) => (
            <ConditionForm key={key} periodId={period.id} conditionKey={key} condition={condition} maxMb={getEnv().EVIDENCE_MAX_MB} today={dateInZone(new Date(), instansi.timeZone)} />
          ))}
        </div>
      ) : (
        <div className="space-y-3">
          <p className="rounded-md border border-slate-300 bg-white p-3 text-sm" role="note">Periode sudah ditutup; buka kembali periode untuk mengubah data Tabel 5.</p>
          <InstansiConditionsPanel conditions={conditions} />
        </div>
      )}
    </>
  );
}
