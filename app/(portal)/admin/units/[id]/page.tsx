import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UnitEditForm } from "@/components/admin/units/unit-edit-form";
import { UnitStatusPanel } from "@/components/admin/units/unit-status-panel";
import { PageHeader } from "@/components/ui/page-header";
import { getUnit, listUnitOptions } from "@/lib/admin/units/queries";
import { IdSchema } from "@/lib/admin/schema-helpers";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Ubah unit kerja" };

export default async function EditUnitPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser(["ADMIN"]);
  const id = IdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const [unit, parents] = await Promise.all([getUnit({ db, id: id.data }), listUnitOptions({ db })]);
  if (!unit) notFound();
  return (
    <>
      <Link href="/admin/units" className="text-sm text-brand-700 underline">← Unit kerja</Link>
      <PageHeader title={unit.name} description={`Kode ${unit.code}`} />
      <div className="grid max-w-3xl gap-6">
        <UnitEditForm unit={unit} parents={parents} />
        <UnitStatusPanel unit={unit} />
      </div>
    </>
  );
}
