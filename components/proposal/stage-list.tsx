import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/lib/format";
import type { StageView } from "@/lib/proposal/queries";
import { resultLabel, STAGE_LABELS, STAGE_ORDER } from "@/lib/proposal/stages";
import { SignedUpload } from "./signed-upload";

/** TPN's recorded stages of one unit, in TPN's order. */
export function StageList({ stages, uploadTo }: { stages: StageView[]; uploadTo?: string }) {
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
          {s.files.map((f) => (
            <a key={f.id} className="block text-brand-700 underline" href={`/api/usulan/berkas/${f.id}`}>{f.fileName}</a>
          ))}
          {uploadTo && <SignedUpload roundId={uploadTo} kind="STAGE" stageId={s.id} label={`Dokumen ${STAGE_LABELS[s.kind].toLowerCase()} (PDF/JPEG/PNG)`} />}
        </li>
      ))}
    </ol>
  );
}
