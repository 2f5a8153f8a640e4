import type { Metadata } from "next";
import Link from "next/link";
import { PeriodOpenForm } from "@/components/admin/periods/period-open-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listLkeVersionOptions, listParticipantOptions, listPeriodYears } from "@/lib/admin/periods/queries";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { dateInZone, yearInZone } from "@/lib/instansi/time-zone";

export const metadata: Metadata = { title: "Buka periode evaluasi" };

/** This year in the instansi's zone, or the first year after it that has no period yet. */
function firstFreeYear(taken: number[], now: Date, zone: TimeZoneCode): number {
  let year = yearInZone(now, zone);
  while (taken.includes(year)) year += 1;
  return year;
}

export default async function NewPeriodPage() {
  await requirePageUser(["ADMIN"]);
  const db = getDb();
  const [lkeVersions, units, years, instansi] = await Promise.all([listLkeVersionOptions({ db }), listParticipantOptions({ db }), listPeriodYears({ db }), loadInstansiProfile()]);
  const zone = instansi.timeZone;
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
          <PeriodOpenForm defaultYear={firstFreeYear(years, now, zone)} today={dateInZone(now, zone)} zone={zone} lkeVersions={lkeVersions} units={units} />
        )}
      </div>
    </>
  );
}
