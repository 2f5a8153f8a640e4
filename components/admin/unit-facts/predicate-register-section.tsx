import { PredicateRegisterList } from "@/components/eligibility/predicate-register-list";
import type { UnitPredicateView } from "@/lib/unit-facts/queries";
import { PredicateForm } from "./predicate-form";
import { RevocationForm } from "./revocation-form";

type Props = { unitId: string; predicates: UnitPredicateView[]; defaultYear: number; today: string };

/** ADMIN's predicate register of a unit: the list, a revocation per predicate in force, and a new entry. */
export function PredicateRegisterSection({ unitId, predicates, defaultYear, today }: Props) {
  return (
    <section aria-labelledby="predicates-title" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <div>
        <h2 id="predicates-title" className="text-lg font-semibold">Register predikat</h2>
        <p className="text-sm text-slate-600">Predikat Menuju WBK/WBBM yang pernah diterima unit dan pencabutannya. Catatan tidak diubah atau dihapus.</p>
      </div>
      <PredicateRegisterList predicates={predicates} action={(p) => (p.revokedOn ? null : <RevocationForm predicate={p} today={today} />)} />
      <PredicateForm unitId={unitId} defaultYear={defaultYear} today={today} />
    </section>
  );
}
