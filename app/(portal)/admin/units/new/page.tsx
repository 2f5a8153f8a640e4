import type { Metadata } from "next";
import Link from "next/link";
import { UnitCreateForm } from "@/components/admin/units/unit-create-form";
import { PageHeader } from "@/components/ui/page-header";
import { listUnitOptions } from "@/lib/admin/units/queries";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Tambah unit kerja" };

export default async function NewUnitPage() {
  await requirePageUser(["ADMIN"]);
  const parents = await listUnitOptions({ db: getDb() });
  return (
    <>
      <Link href="/admin/units" className="text-sm text-brand-700 underline">← Unit kerja</Link>
      <PageHeader title="Tambah unit kerja" description="Isian bertanda * wajib diisi" />
      <div className="max-w-3xl">
        <UnitCreateForm parents={parents} />
      </div>
    </>
  );
}
