import type { Metadata } from "next";
import Link from "next/link";
import { UserFilters } from "@/components/admin/users/user-filters";
import { UsersTable } from "@/components/admin/users/users-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listUnitOptions } from "@/lib/admin/units/queries";
import { listUsers } from "@/lib/admin/users/queries";
import { parseUserFilter } from "@/lib/admin/users/schemas";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";

export const metadata: Metadata = { title: "Pengguna" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  await requirePageUser(["ADMIN"]);
  const filter = parseUserFilter(await searchParams);
  const db = getDb();
  const [users, units, instansi] = await Promise.all([listUsers({ db, filter }), listUnitOptions({ db }), loadInstansiProfile()]);
  const filtered = filter.q !== "" || filter.role !== undefined || filter.unitId !== undefined;
  return (
    <>
      <PageHeader
        title="Pengguna"
        description="Akun admin, operator OPD, TPI, dan pimpinan"
        actions={<Link href="/admin/users/new" className={buttonClass("primary")}>Tambah pengguna</Link>}
      />
      <UserFilters filter={filter} units={units} />
      {users.length > 0 ? (
        <>
          <p className="mb-2 text-sm text-slate-600">{users.length} pengguna ditampilkan</p>
          <UsersTable users={users} now={new Date()} zone={instansi.timeZone} />
        </>
      ) : filtered ? (
        <EmptyState title="Tidak ada pengguna yang cocok">Ubah kata kunci, peran, atau unit, atau hapus filter.</EmptyState>
      ) : (
        <EmptyState title="Belum ada pengguna">
          <Link href="/admin/users/new" className="font-semibold text-brand-700 underline">Tambah pengguna pertama</Link>
        </EmptyState>
      )}
    </>
  );
}
