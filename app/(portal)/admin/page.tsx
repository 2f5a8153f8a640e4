import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { getAdminOverview } from "@/lib/admin/overview";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminHomePage() {
  await requirePageUser(["ADMIN"]);
  const o = await getAdminOverview({ db: getDb() });
  const cards = [
    { href: "/admin/units", label: "Unit kerja", value: `${o.activeUnits} aktif dari ${o.units}` },
    { href: "/admin/users", label: "Pengguna", value: `${o.activeUsers} aktif dari ${o.users}` },
    { href: "/admin/users", label: "Akun terkunci", value: String(o.lockedUsers) },
    { href: "/admin/periods", label: "Periode evaluasi terbuka", value: String(o.openPeriods) },
  ];
  return (
    <>
      <PageHeader title="Administrasi" description="Kelola unit kerja dan akun pengguna portal" />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((c) => (
          <li key={c.label}>
            <Link href={c.href} className="block rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-600">
              <p className="text-sm text-slate-600">{c.label}</p>
              <p className="mt-1 text-xl font-bold">{c.value}</p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
