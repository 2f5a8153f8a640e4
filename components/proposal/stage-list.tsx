import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/lib/format";
import type { StageView } from "@/lib/proposal/queries";
import { resultLabel, STAGE_LABELS, STAGE_ORDER } from "@/lib/proposal/stages";

/** TPN's recorded stages of one unit, in TPN's order. */
export function StageList({ stages }: { stages: StageView[] }) {
  if (stages.length === 0) return <p className="text-sm text-slate-600">Belum ada tahap TPN tercatat.</p>;
  const sorted = [...stages].sort((a, b) => STAGE_ORDER.indexOf(a.kind) - STAGE_ORDER.indexOf(b.kind));
  return (
    <ol className="space-y-1 text-sm" aria-label="Tahap TPN">
      {sorted.map((s) => (
        <li key={s.id} data-testid="tpn-stage">
          <strong>{STAGE_LABELS[s.kind]}</strong> — {formatDay(s.date)}{" "}
          <Badge tone={s.result === "TIDAK_LULUS" ? "red" : s.result === "LULUS" ? "green" : "amber"}>{resultLabel(s.kind, s.result)}</Badge>
          {s.documentNumber && <span className="text-slate-700"> · {s.documentNumber}</span>}
          {s.notes && <span className="block text-slate-700">Catatan: {s.notes}</span>}
          {s.followUpDeadline && <span className="block text-slate-700">Tindak lanjut paling lambat {formatDay(s.followUpDeadline)}</span>}
        </li>
      ))}
    </ol>
  );
}
