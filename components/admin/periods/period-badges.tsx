import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { StateCounts } from "@/lib/admin/periods/queries";
import { PERIOD_STATUS_LABELS } from "@/lib/admin/periods/schemas";
import type { AssessmentState, PeriodStatus } from "@/lib/db/generated/enums";
import { STATE_LABELS } from "@/lib/format";

const STATE_TONES: Record<AssessmentState, BadgeTone> = { DRAFT: "slate", SUBMITTED: "blue", IN_REVIEW: "amber", RETURNED: "red", FINAL: "green" };
const STATES = Object.keys(STATE_TONES) as AssessmentState[];

export function PeriodStatusBadge({ status }: { status: PeriodStatus }) {
  return <Badge tone={status === "OPEN" ? "green" : "slate"}>{PERIOD_STATUS_LABELS[status]}</Badge>;
}

export function AssessmentStateBadge({ state }: { state: AssessmentState }) {
  return <Badge tone={STATE_TONES[state]}>{STATE_LABELS[state]}</Badge>;
}

/** How many units are in each state, only the states that occur, in the order of the cycle. */
export function StateCounts({ states }: { states: StateCounts }) {
  const present = STATES.filter((state) => states[state] > 0);
  if (present.length === 0) return <span className="text-slate-600">—</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Jumlah unit per status LKE">
      {present.map((state) => (
        <li key={state}>
          <Badge tone={STATE_TONES[state]}>
            {states[state]} {STATE_LABELS[state]}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
