import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentBoard } from "@/components/review/assignments/assignment-board";
import { PeriodPicker } from "@/components/review/assignments/period-picker";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { firstParam } from "@/lib/admin/schema-helpers";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { getAssignmentBoard, listAssignmentPeriods, listReviewerOptions } from "@/lib/review/assignments/queries";
import { pickPeriod } from "@/lib/review/assignments/schemas";

export const metadata: Metadata = { title: "Penugasan TPI" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssignmentsPage({ searchParams }: Props) {
  await requirePageUser(["ADMIN"]);
  const db = getDb();
  const [periods, reviewers] = await Promise.all([listAssignmentPeriods({ db }), listReviewerOptions({ db })]);
  const period = pickPeriod(periods, firstParam((await searchParams).period));
  const header = <PageHeader title="Penugasan TPI" description="Anggota Tim Penilai Internal yang menilai LKE setiap unit, dan ketua timnya" />;
  if (!period) {
    return (
      <>
        {header}
        <EmptyState title="Belum ada periode evaluasi">
          <Link href="/admin/periods/new" className="underline">Buka periode evaluasi</Link> lebih dahulu.
        </EmptyState>
      </>
    );
  }
  const rows = await getAssignmentBoard({ db, periodId: period.id });
  const open = period.status === "OPEN";
  return (
    <>
      {header}
      <div className="space-y-4">
        <PeriodPicker periods={periods} selected={period.id} />
        {!open && <p className="rounded-md border border-slate-300 bg-white p-3 text-sm" role="note">Periode ini sudah ditutup; penugasan hanya dapat dilihat.</p>}
        {open && reviewers.length === 0 && <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">Belum ada pengguna aktif dengan peran TPI. <Link href="/admin/users/new" className="underline">Tambah pengguna</Link>.</p>}
        <AssignmentBoard periodId={period.id} open={open} rows={rows} reviewers={reviewers} />
      </div>
    </>
  );
}
