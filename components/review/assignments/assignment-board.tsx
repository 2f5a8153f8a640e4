import { AssessmentStateBadge } from "@/components/admin/periods/period-badges";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { AssignmentBoardRow, ReviewerOption } from "@/lib/review/assignments/queries";
import { AssignForm } from "./assign-form";
import { AssignmentControls } from "./assignment-controls";

type Props = { periodId: string; open: boolean; rows: AssignmentBoardRow[]; reviewers: ReviewerOption[] };

/** Each participating unit of the period with its TPI team; changes only while the period is open. */
export function AssignmentBoard({ periodId, open, rows, reviewers }: Props) {
  if (rows.length === 0) return <EmptyState title="Periode ini belum memiliki unit peserta" />;
  return (
    <ul className="space-y-4">
      {rows.map((row) => {
        const assigned = new Set(row.reviewers.map((r) => r.reviewerId));
        return (
          <li key={row.unit.id} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4" aria-labelledby={`unit-${row.unit.id}`} data-testid="assignment-unit">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id={`unit-${row.unit.id}`} className="font-semibold">{row.unit.name} <span className="font-mono text-xs text-slate-600">{row.unit.code}</span></h2>
              <AssessmentStateBadge state={row.state} />
            </div>
            {row.reviewers.length === 0 ? (
              <p className="text-sm text-amber-900">Belum ada anggota TPI yang ditugaskan.</p>
            ) : (
              <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
                {row.reviewers.map((r) => (
                  <li key={r.assignmentId} className="flex flex-wrap items-center justify-between gap-2 p-2 text-sm">
                    <span>
                      <span className="font-medium">{r.name}</span>
                      {r.nip && <span className="ml-2 text-xs text-slate-600">NIP {r.nip}</span>}
                      {r.isLead && <span className="ml-2"><Badge tone="green">Ketua tim</Badge></span>}
                    </span>
                    {open && <AssignmentControls assignmentId={r.assignmentId} reviewerName={r.name} unitName={row.unit.name} isLead={r.isLead} />}
                  </li>
                ))}
              </ul>
            )}
            {open && <AssignForm periodId={periodId} unit={row.unit} candidates={reviewers.filter((r) => !assigned.has(r.id))} />}
          </li>
        );
      })}
    </ul>
  );
}
