"use client";

import { selectProposalUnitAction } from "@/lib/proposal/actions";
import type { CandidateView } from "@/lib/proposal/queries";
import { TARGET_LABELS } from "@/lib/proposal/rules";
import { ActionButton } from "./action-button";

/** The period's units not yet selected: a button per target the unit may be proposed for, else why not. */
export function CandidateList({ roundId, candidates }: { roundId: string; candidates: CandidateView[] }) {
  if (candidates.length === 0) return <p className="text-sm text-slate-600">Tidak ada unit lain pada periode ini.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" aria-label="Unit yang dapat dipilih">
      {candidates.map((c) => (
        <li key={c.unitId} className="space-y-2 py-3" data-testid="candidate">
          <p className="font-semibold">{c.name}</p>
          <div className="flex flex-wrap gap-3">
            {c.targets.map((t) =>
              t.ok ? (
                <ActionButton key={t.target} label={`Pilih ${TARGET_LABELS[t.target]}`} action={selectProposalUnitAction} input={{ roundId, unitId: c.unitId, target: t.target }} />
              ) : null,
            )}
          </div>
          <ul className="list-disc pl-5 text-slate-700">
            {c.targets.map((t) => <li key={t.target}>{t.text}</li>)}
          </ul>
        </li>
      ))}
    </ul>
  );
}
