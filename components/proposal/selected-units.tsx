import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/lib/format";
import { deselectProposalUnitAction } from "@/lib/proposal/actions";
import type { RoundView } from "@/lib/proposal/queries";
import { TARGET_LABELS } from "@/lib/proposal/rules";
import { STAGE_ORDER } from "@/lib/proposal/stages";
import { ActionButton } from "./action-button";
import { StageForm } from "./stage-form";
import { StageList } from "./stage-list";

const ROUTE_LABELS = { REGULER: "jalur reguler", AFIRMASI: "jalur afirmasi" } as const;

type Props = { round: RoundView; mode: "admin" | "read"; today: string };

/** The units in the letter; ADMIN may remove them before approval and records TPN's stages after. */
export function SelectedUnits({ round, mode, today }: Props) {
  if (round.units.length === 0) return <p className="text-sm text-slate-600">Belum ada unit dipilih.</p>;
  return (
    <ol className="divide-y divide-slate-100 text-sm" aria-label="Unit yang diusulkan">
      {round.units.map((u) => {
        const next = STAGE_ORDER.find((k) => !u.stages.some((s) => s.kind === k));
        const stopped = u.stages.some((s) => s.result === "TIDAK_LULUS");
        return (
          <li key={u.unitId} className="space-y-2 py-3" data-testid="proposed-unit">
            <p className="flex flex-wrap items-center gap-2">
              <strong>{u.name}</strong>
              <Badge tone="blue">{TARGET_LABELS[u.target]}</Badge>
              <span className="text-slate-600">{ROUTE_LABELS[u.route]}</span>
              {u.predicate && <Badge tone="green">Predikat ditetapkan: {u.predicate.decreeNumber}, {formatDay(u.predicate.decreeDate)}</Badge>}
            </p>
            {mode === "admin" && round.status === "DRAFT" && (
              <ActionButton label="Keluarkan dari usulan" action={deselectProposalUnitAction} input={{ roundId: round.id, unitId: u.unitId }} />
            )}
            {round.status === "APPROVED" && <StageList stages={u.stages} uploadTo={mode === "admin" ? round.id : undefined} />}
            {mode === "admin" && round.status === "APPROVED" && next && !stopped && (
              // Keyed by the next stage: after a save the form starts again, closed, on the stage that follows.
              <details key={`${u.unitId}-${next}`}>
                <summary className="cursor-pointer font-semibold text-brand-700">Catat tahap TPN untuk {u.name}</summary>
                <StageForm roundId={round.id} unitId={u.unitId} unitName={u.name} next={next} today={today} />
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
