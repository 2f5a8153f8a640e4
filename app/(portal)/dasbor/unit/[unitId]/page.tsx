import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UnitDashboardView } from "@/components/dashboard/unit-dashboard-view";
import { PredicateRegisterList } from "@/components/eligibility/predicate-register-list";
import { ExportButtons } from "@/components/exports/export-buttons";
import { PageHeader } from "@/components/ui/page-header";
import { SignedLhePanel } from "@/components/lhe/signed-lhe-panel";
import { loadInstansiProfile } from "@/lib/instansi/load-profile";
import { getSignedLhe } from "@/lib/lhe/signed-scan";
import { requirePageUser } from "@/lib/auth/session";
import { parseYear } from "@/lib/dashboard/periods";
import { getUnitDashboard } from "@/lib/dashboard/unit-dashboard";
import { getDb } from "@/lib/db/prisma";
import { getUnitEligibilityProfile } from "@/lib/unit-facts/queries";
import { UnitProposalPanel } from "@/components/proposal/unit-proposal-panel";
import { getUnitProposal } from "@/lib/proposal/queries";

export const metadata: Metadata = { title: "Dasbor unit kerja" };

type Props = { params: Promise<{ unitId: string }>; searchParams: Promise<{ tahun?: string | string[] }> };

// Read-only. Who sees the unit is decided in getUnitDashboard's where clause; a unit the user
// may not see is answered as not found (never says whether it exists).
export default async function UnitDashboardPage({ params, searchParams }: Props) {
  const user = await requirePageUser(["ADMIN", "PIMPINAN", "TPI", "OPERATOR"]);
  const [{ unitId }, { tahun }] = await Promise.all([params, searchParams]);
  const dashboard = await getUnitDashboard({ db: getDb(), user, unitId, year: parseYear(tahun) });
  if (!dashboard) notFound();
  // Only after getUnitDashboard let this user see the unit: the register is never shown on its own.
  const assessmentId = dashboard.current.row.assessmentId;
  const [facts, signed, instansi, proposal] = await Promise.all([
    getUnitEligibilityProfile({ db: getDb(), unitId: dashboard.unit.id }),
    assessmentId ? getSignedLhe({ db: getDb(), user, assessmentId }) : null,
    loadInstansiProfile(),
    getUnitProposal({ db: getDb(), unitId: dashboard.unit.id, periodId: dashboard.current.period.id }),
  ]);
  const back = user.role === "OPERATOR" ? null : `/dasbor?tahun=${dashboard.current.period.year}`;
  return (
    <>
      <PageHeader
        title={dashboard.unit.name}
        description={`Dasbor unit kerja — ${dashboard.current.period.name}`}
        actions={back && <Link href={back} className="text-sm text-brand-700 underline">Kembali ke dasbor periode</Link>}
      />
      <div className="mb-4"><ExportButtons assessmentId={dashboard.current.row.assessmentId} /></div>
      {assessmentId && (
        <div className="mb-4">
          <SignedLhePanel assessmentId={assessmentId} signed={signed} canUpload={user.role === "ADMIN" && dashboard.current.row.state === "FINAL"} zone={instansi.timeZone} />
        </div>
      )}
      <UnitDashboardView dashboard={dashboard} />
      {proposal && <UnitProposalPanel proposal={proposal} />}
      <section aria-labelledby="register-predikat" className="mt-6 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="register-predikat" className="font-semibold">Register predikat</h2>
        <PredicateRegisterList predicates={facts?.predicates ?? []} />
      </section>
    </>
  );
}
