import type { Metadata } from "next";
import Link from "next/link";
import { UserCreateForm } from "@/components/admin/users/user-create-form";
import { PageHeader } from "@/components/ui/page-header";
import { listUnitOptions } from "@/lib/admin/units/queries";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Tambah pengguna" };

export default async function NewUserPage() {
  await requirePageUser(["ADMIN"]);
  const units = await listUnitOptions({ db: getDb() });
  return (
    <>
      <Link href="/admin/users" className="text-sm text-brand-700 underline">← Pengguna</Link>
      <PageHeader title="Tambah pengguna" description="Isian bertanda * wajib diisi" />
      <div className="max-w-3xl">
        <UserCreateForm units={units} />
      </div>
    </>
  );
}
