import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UnitEditForm } from "@/components/admin/units/unit-edit-form";
import { UnitStatusPanel } from "@/components/admin/units/unit-status-panel";
import { PredicateRegisterSection } from "@/components/admin/unit-facts/predicate-register-section";
import { UnitAttributesForm } from "@/components/admin/unit-facts/unit-attributes-form";
import { YearFactsSection } from "@/components/admin/unit-facts/year-facts-section";
import { PageHeader } from "@/components/ui/page-header";
import { getUnit, listUnitOptions } from "@/lib/admin/units/queries";
import { IdSchema } from "@/lib/admin/schema-helpers";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { dateInZone } from "@/lib/instansi/time-zone";
import { getUnitEligibilityProfile } from "@/lib/unit-facts/queries";

export const metadata: Metadata = { title: "Ubah unit kerja" };

export default async function EditUnitPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser(["ADMIN"]);
  const id = IdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const [unit, parents, facts, instansi] = await Promise.all([
    getUnit({ db, id: id.data }),
    listUnitOptions({ db }),
    getUnitEligibilityProfile({ db, unitId: id.data }),
    loadInstansiProfile(),
  ]);
  if (!unit || !facts) notFound();
  const today = dateInZone(new Date(), instansi.timeZone);
  const year = Number(today.slice(0, 4));
  return (
    <>
      <Link href="/admin/units" className="text-sm text-brand-700 underline">← Unit kerja</Link>
      <PageHeader title={unit.name} description={`Kode ${unit.code}`} />
      <div className="grid max-w-3xl gap-6">
        <UnitEditForm unit={unit} parents={parents} />
        <UnitStatusPanel unit={unit} />
        <UnitAttributesForm unitId={unit.id} profile={facts} today={today} />
        <YearFactsSection unitId={unit.id} facts={facts.yearFacts} defaultYear={year} />
        <PredicateRegisterSection unitId={unit.id} predicates={facts.predicates} defaultYear={year} today={today} />
      </div>
    </>
  );
}
