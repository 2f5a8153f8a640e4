import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { formatDate } from "@/lib/format";
import { listReviewerAssignments } from "@/lib/review/queries";

export const metadata: Metadata = { title: "Reviu TPI" };

export default async function ReviewerHomePage() {
  const user = await requirePageUser(["TPI"]);
  const assignments = await listReviewerAssignments({ db: getDb(), reviewerId: user.id });
  return (
    <>
      <PageHeader title="Kotak masuk reviu" description="Unit kerja yang ditugaskan kepada Anda pada periode berjalan" />
      {assignments.length === 0 ? (
        <EmptyState title="Belum ada unit yang ditugaskan kepada Anda">
          Admin menugaskan anggota TPI ke unit kerja setelah periode evaluasi dibuka.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {assignments.map((a) => (
            <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-4">
              <p className="font-semibold">{a.unit.name}{a.isLead ? " (ketua tim)" : ""}</p>
              <p className="text-sm text-slate-600">Periode {a.period.year} · Batas waktu {formatDate(a.period.deadline)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
