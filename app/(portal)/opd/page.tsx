import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listUnitAssessments } from "@/lib/assessment/queries";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/prisma";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { formatDate, STATE_LABELS } from "@/lib/format";
import { TARGET_LABELS } from "@/lib/proposal/rules";

export const metadata: Metadata = { title: "Penilaian mandiri" };

export default async function OperatorHomePage() {
  const user = await requirePageUser(["OPERATOR"]);
  const [assessments, instansi] = await Promise.all([user.unitId ? listUnitAssessments({ db: getDb(), unitId: user.unitId }) : [], loadInstansiProfile()]);
  return (
    <>
      <PageHeader title="Penilaian mandiri (LKE)" description={user.unitName ?? "Akun ini belum terhubung ke unit kerja"} />
      {assessments.length === 0 ? (
        <EmptyState title="Belum ada periode evaluasi untuk unit Anda">
          Admin Bagian Organisasi membuka periode evaluasi dan memilih unit pesertanya. Setelah itu LKE unit Anda muncul di sini.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {assessments.map((a) => (
            <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-4">
              <Link href={`/opd/penilaian/${a.id}`} className="font-semibold text-brand-700 underline">{a.period.name}</Link>
              <p className="text-sm text-slate-600">Status: {STATE_LABELS[a.state]} · Batas waktu {formatDate(a.period.deadline, instansi.timeZone)}</p>
              {a.monitoredPredicate && <p className="mt-1"><Badge tone="amber">Monitoring predikat {TARGET_LABELS[a.monitoredPredicate.predicate]} {a.monitoredPredicate.year}</Badge></p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
