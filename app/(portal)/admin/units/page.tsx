import type { Metadata } from "next";
import Link from "next/link";
import { UnitFilters } from "@/components/admin/units/unit-filters";
import { UnitsTable } from "@/components/admin/units/units-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listUnits } from "@/lib/admin/units/queries";
import { parseUnitFilter } from "@/lib/admin/units/schemas";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Unit kerja" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnitsPage({ searchParams }: Props) {
  await requirePageUser(["ADMIN"]);
  const filter = parseUnitFilter(await searchParams);
  const units = await listUnits({ db: getDb(), filter });
  const filtered = filter.q !== "" || filter.status !== "all";
  return (
    <>
      <PageHeader
        title="Unit kerja"
        description="Pemerintah daerah, OPD, Inspektorat, bagian, dan UPT yang memakai portal"
        actions={<Link href="/admin/units/new" className={buttonClass("primary")}>Tambah unit</Link>}
      />
      <UnitFilters filter={filter} />
      {units.length > 0 ? (
        <>
          <p className="mb-2 text-sm text-slate-600" aria-live="polite">{units.length} unit ditampilkan</p>
          <UnitsTable units={units} />
        </>
      ) : filtered ? (
        <EmptyState title="Tidak ada unit yang cocok">Ubah kata kunci atau status, atau hapus filter.</EmptyState>
      ) : (
        <EmptyState title="Belum ada unit kerja">
          Mulailah dengan pemerintah daerah, lalu OPD dan Inspektorat di bawahnya.{" "}
          <Link href="/admin/units/new" className="font-semibold text-brand-700 underline">Tambah unit</Link>
        </EmptyState>
      )}
    </>
  );
}
