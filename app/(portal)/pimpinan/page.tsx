import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getLeaderOverview } from "@/lib/dashboard/queries";
import { getDb } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Dasbor pimpinan" };

export default async function LeaderHomePage() {
  await requirePageUser(["PIMPINAN"]);
  const { units, periods } = await getLeaderOverview({ db: getDb() });
  return (
    <>
      <PageHeader title="Dasbor Zona Integritas" description="Kesiapan unit kerja untuk diusulkan menuju WBK/WBBM" />
      {periods.length === 0 ? (
        <EmptyState title="Belum ada periode evaluasi">
          Dasbor terisi setelah admin membuka periode evaluasi dan unit kerja mengisi LKE. Saat ini terdaftar {units.length} perangkat daerah.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {periods.map((p) => (
            <li key={p.id} className="rounded-xl border border-slate-200 bg-white p-4">
              <p className="font-semibold">{p.name}</p>
              <p className="text-sm text-slate-600">{p._count.assessments} unit peserta</p>
            </li>
          ))}
        </ul>
      )}
      <section className="mt-8">
        <h2 className="mb-2 font-semibold">Perangkat daerah terdaftar</h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {units.map((u) => (
            <li key={u.id} className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm">{u.name}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
