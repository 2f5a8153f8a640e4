import { conditionLabel, describeEligibility, LEVEL_LABELS, STATE_LABELS } from "@/lib/eligibility/labels";
import { RESULT_LABELS } from "@/lib/review/transitions/result";
import { TARGETS, type ConditionKey, type Eligibility, type Target } from "@/lib/eligibility/types";

type Props = {
  eligibility: Eligibility;
  /** Where each condition's data comes from (the finalize form and the TPI's result show it). */
  sources?: Partial<Record<ConditionKey, string>>;
  /** Estimated (not from a FINAL evaluation): said in the heading. */
  estimate?: boolean;
  headingLevel?: "h2" | "h3";
};

const STATE_CLASS = { MET: "text-emerald-800", UNMET: "text-red-800", MISSING: "text-amber-800" } as const;

/** The proposal rule's outcome per target: the headline, then every Tabel 5 condition with its data and source. */
export function EligibilityDetail({ eligibility, sources, estimate = false, headingLevel = "h3" }: Props) {
  const Heading = headingLevel;
  return (
    <div className="space-y-4" data-testid="eligibility-detail">
      {TARGETS.map((target) => (
        <TargetBlock key={target} target={target} eligibility={eligibility} sources={sources} estimate={estimate} Heading={Heading} />
      ))}
    </div>
  );
}

function TargetBlock({ target, eligibility, sources, estimate, Heading }: { target: Target; eligibility: Eligibility; sources?: Props["sources"]; estimate: boolean; Heading: "h2" | "h3" }) {
  const outcome = eligibility[target];
  const { headline, reasons } = describeEligibility(outcome, target);
  return (
    <section aria-label={`Syarat usulan ${RESULT_LABELS[target]}`} data-testid={`eligibility-${target}`}>
      <Heading className="text-sm font-semibold">
        {RESULT_LABELS[target]}
        {estimate ? " (perkiraan, belum final)" : ""}
      </Heading>
      <p className={`mt-1 font-medium ${outcome.eligible ? "text-emerald-800" : "text-red-800"}`} data-testid={`eligibility-${target}-headline`}>{headline}</p>
      {reasons.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
          {reasons.map((r) => <li key={r}>{r}</li>)}
        </ul>
      )}
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">Syarat Tabel 5 untuk {RESULT_LABELS[target]}</caption>
          <thead className="text-xs text-slate-600">
            <tr><th className="py-1 pr-2">Syarat Tabel 5 ({RESULT_LABELS[target]})</th><th className="pr-2">Data</th><th className="pr-2">Status</th>{sources && <th>Sumber</th>}</tr>
          </thead>
          <tbody>
            {outcome.conditions.map((c) => (
              <tr key={c.condition} className="border-t border-slate-100 align-top">
                <td className="py-1 pr-2">{conditionLabel(c.condition, target, c.required)}<span className="block text-xs text-slate-500">{LEVEL_LABELS[c.level]}</span></td>
                <td className="pr-2">{c.actual}</td>
                <td className={`pr-2 font-medium ${STATE_CLASS[c.state]}`}>{STATE_LABELS[c.state]}</td>
                {sources && <td className="text-xs text-slate-600">{sources[c.condition] ?? "–"}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
