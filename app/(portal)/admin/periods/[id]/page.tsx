import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PeriodAddUnitsForm } from "@/components/admin/periods/period-add-units-form";
import { PeriodDeadlineForm } from "@/components/admin/periods/period-deadline-form";
import { PeriodStatusPanel } from "@/components/admin/periods/period-status-panel";
import { PeriodSummary } from "@/components/admin/periods/period-summary";
import { PeriodUnitsTable } from "@/components/admin/periods/period-units-table";
import { PageHeader } from "@/components/ui/page-header";
import { LheBasisForm } from "@/components/lhe/basis-form";
import { getLheBasisValues } from "@/lib/lhe/queries";
import { getPeriod, listParticipantOptions } from "@/lib/admin/periods/queries";
import { IdSchema } from "@/lib/admin/schema-helpers";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { dateInZone } from "@/lib/instansi/time-zone";

export const metadata: Metadata = { title: "Periode evaluasi" };

export default async function PeriodPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser(["ADMIN"]);
  const id = IdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const [period, units, instansi, lheBasis] = await Promise.all([getPeriod({ db, id: id.data }), listParticipantOptions({ db }), loadInstansiProfile(), getLheBasisValues({ db, periodId: id.data })]);
  if (!period) notFound();
  const taking = new Set(period.assessments.map((a) => a.unit.id));
  const open = period.status === "OPEN";
  const zone = instansi.timeZone;
  return (
    <>
      <Link href="/admin/periods" className="text-sm text-brand-700 underline">← Periode evaluasi</Link>
      <PageHeader title={period.name} description={`Tahun ${period.year}`} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <PeriodSummary period={period} zone={zone} />
          <section aria-labelledby="participants" className="space-y-3">
            <h2 id="participants" className="text-lg font-semibold">Unit peserta</h2>
            <PeriodUnitsTable participants={period.assessments} zone={zone} />
          </section>
        </div>
        <div className="min-w-0 space-y-6">
          <PeriodStatusPanel period={period} />
          <section aria-labelledby="tabel5-link" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
            <h2 id="tabel5-link" className="text-lg font-semibold">Prasyarat Tabel 5 instansi</h2>
            <p className="mt-1 text-sm text-slate-600">Opini BPK, predikat SAKIP, Indeks RB, maturitas SPIP dan batas pengusulan ke TPN untuk tahun ini.</p>
            <Link href={`/admin/periods/${period.id}/tabel5`} className="mt-2 inline-block text-sm font-semibold text-brand-700 underline">Isi prasyarat Tabel 5</Link>
          </section>
          {open && <PeriodDeadlineForm periodId={period.id} deadline={dateInZone(period.deadline, zone)} today={dateInZone(new Date(), zone)} zone={zone} />}
          {lheBasis && <LheBasisForm values={lheBasis} />}
          {open && <PeriodAddUnitsForm periodId={period.id} candidates={units.filter((unit) => !taking.has(unit.id))} />}
        </div>
      </div>
    </>
  );
}
