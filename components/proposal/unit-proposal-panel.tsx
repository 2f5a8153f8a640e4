import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/lib/format";
import type { UnitProposalView } from "@/lib/proposal/queries";
import { TARGET_LABELS } from "@/lib/proposal/rules";
import { resultLabel, STAGE_LABELS, STAGE_ORDER } from "@/lib/proposal/stages";

/** The unit page's line on the proposal to TPN: target, route, approval and TPN's stages so far. */
export function UnitProposalPanel({ proposal }: { proposal: UnitProposalView }) {
  const stages = [...proposal.stages].sort((a, b) => STAGE_ORDER.indexOf(a.kind) - STAGE_ORDER.indexOf(b.kind));
  return (
    <section aria-labelledby="usulan-tpn" className="mt-6 space-y-2 rounded-xl border border-slate-200 bg-white p-4 text-sm" data-testid="unit-proposal">
      <h2 id="usulan-tpn" className="font-semibold">Usulan ke TPN</h2>
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone="blue">{TARGET_LABELS[proposal.target]}</Badge>
        <span>jalur {proposal.route === "REGULER" ? "reguler" : "afirmasi"}</span>
        {proposal.status === "APPROVED" ? <Badge tone="green">Diusulkan{proposal.late ? " (terlambat)" : ""}</Badge> : <Badge tone="amber">Menunggu persetujuan pimpinan</Badge>}
      </p>
      {stages.length > 0 && (
        <ol className="list-decimal pl-5">
          {stages.map((s) => <li key={s.kind}>{STAGE_LABELS[s.kind]}, {formatDay(s.date)}: {resultLabel(s.kind, s.result)}</li>)}
        </ol>
      )}
    </section>
  );
}
