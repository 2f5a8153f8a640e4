import type { Metadata } from "next";
import Link from "next/link";
import { PeriodsTable } from "@/components/admin/periods/periods-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listPeriods } from "@/lib/admin/periods/queries";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";

export const metadata: Metadata = { title: "Periode evaluasi" };

export default async function PeriodsPage() {
  await requirePageUser(["ADMIN"]);
  const [periods, instansi] = await Promise.all([listPeriods({ db: getDb() }), loadInstansiProfile()]);
  return (
    <>
      <PageHeader
        title="Periode evaluasi"
        description="Tahun evaluasi Zona Integritas, versi LKE, batas waktu, dan unit pesertanya"
        actions={<Link href="/admin/periods/new" className={buttonClass("primary")}>Buka periode</Link>}
      />
      {periods.length > 0 ? (
        <PeriodsTable periods={periods} zone={instansi.timeZone} />
      ) : (
        <EmptyState title="Belum ada periode evaluasi">
          Buka periode untuk tahun evaluasi, pilih versi LKE dan unit pesertanya; setiap unit lalu dapat mengisi LKE-nya.{" "}
          <Link href="/admin/periods/new" className="font-semibold text-brand-700 underline">Buka periode</Link>
        </EmptyState>
      )}
    </>
  );
}
