import type { Metadata } from "next";
import Link from "next/link";
import { PeriodOpenForm } from "@/components/admin/periods/period-open-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { jakartaDateOf, jakartaYearOf } from "@/lib/admin/periods/dates";
import { listLkeVersionOptions, listParticipantOptions, listPeriodYears } from "@/lib/admin/periods/queries";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Buka periode evaluasi" };

/** This year in WIB, or the first year after it that has no period yet. */
function firstFreeYear(taken: number[], now: Date): number {
  let year = jakartaYearOf(now);
  while (taken.includes(year)) year += 1;
  return year;
}

export default async function NewPeriodPage() {
  await requirePageUser(["ADMIN"]);
  const db = getDb();
  const [lkeVersions, units, years] = await Promise.all([listLkeVersionOptions({ db }), listParticipantOptions({ db }), listPeriodYears({ db })]);
  const now = new Date();
  return (
    <>
      <Link href="/admin/periods" className="text-sm text-brand-700 underline">← Periode evaluasi</Link>
      <PageHeader title="Buka periode evaluasi" description="Isian bertanda * wajib diisi" />
      <div className="max-w-3xl">
        {lkeVersions.length === 0 || units.length === 0 ? (
          <EmptyState title="Periode belum dapat dibuka">
            {lkeVersions.length === 0 ? "Belum ada versi LKE yang tersimpan. " : ""}
            {units.length === 0 ? (
              <>
                Belum ada OPD atau UPT aktif. <Link href="/admin/units/new" className="font-semibold text-brand-700 underline">Tambah unit</Link>
              </>
            ) : null}
          </EmptyState>
        ) : (
          <PeriodOpenForm defaultYear={firstFreeYear(years, now)} today={jakartaDateOf(now)} lkeVersions={lkeVersions} units={units} />
        )}
      </div>
    </>
  );
}
