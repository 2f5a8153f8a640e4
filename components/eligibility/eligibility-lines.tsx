import { describeEligibility } from "@/lib/eligibility/labels";
import { TARGETS, type Eligibility } from "@/lib/eligibility/types";
import { formatIsoDate } from "@/lib/eligibility/calendar";
import { RESULT_LABELS } from "@/lib/review/transitions/result";

type Props = { eligibility: Eligibility; estimate: boolean; lockedUntil: string | null; /** How many reasons per target the list shows. */ limit?: number };

/** A row's proposal outcome in a few lines: one per target, each with its own reasons. */
export function EligibilityLines({ eligibility, estimate, lockedUntil, limit = 3 }: Props) {
  return (
    <ul className="space-y-1 text-xs" data-testid="eligibility-lines">
      {lockedUntil && (
        <li className="font-semibold text-red-800" data-testid="eligibility-lock">Predikat dicabut: tidak dapat diusulkan sebelum {formatIsoDate(lockedUntil)}</li>
      )}
      {TARGETS.map((target) => {
        const { headline, reasons } = describeEligibility(eligibility[target], target);
        const hidden = reasons.length - Math.min(limit, reasons.length);
        return (
          <li key={target} data-testid={`eligibility-line-${target}`}>
            <span className="font-medium">{RESULT_LABELS[target]}{estimate ? " (perkiraan)" : ""}:</span>{" "}
            <span className={eligibility[target].eligible ? "text-emerald-800" : "text-slate-800"}>{headline}</span>
            {!eligibility[target].eligible && reasons.length > 0 && (
              <span className="text-slate-600"> — {reasons.slice(0, limit).join("; ")}{hidden > 0 ? `; dan ${hidden} syarat lain` : ""}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
