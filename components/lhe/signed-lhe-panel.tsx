import { formatFileSize } from "@/lib/evidence/format";
import { formatDateTimeZoned } from "@/lib/format";
import type { SignedLhe } from "@/lib/lhe/signed-scan";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { SignedLheUpload } from "./signed-lhe-upload";

type Props = { assessmentId: string; signed: SignedLhe | null; canUpload: boolean; zone: TimeZoneCode };

/** The LHE of record: the signed scan when there is one, and its upload for the ketua tim or ADMIN. */
export function SignedLhePanel({ assessmentId, signed, canUpload, zone }: Props) {
  if (!signed && !canUpload) return null;
  return (
    <section aria-labelledby="signed-lhe" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="signed-lhe" className="font-semibold">LHE resmi (bertanda tangan)</h2>
      {signed ? (
        <p className="text-sm" data-testid="signed-lhe">
          <a href={`/api/lhe/${assessmentId}/signed`} className="text-brand-700 underline" target="_blank" rel="noopener">{signed.fileName}</a>{" "}
          <span className="text-slate-600">· {formatFileSize(signed.size)} · diunggah {formatDateTimeZoned(signed.signedAt, zone)} · sha256 <span className="font-mono text-xs">{signed.sha256.slice(0, 12)}…</span></span>
        </p>
      ) : (
        <p className="text-sm text-slate-600">Belum ada LHE bertanda tangan.</p>
      )}
      {canUpload && <SignedLheUpload assessmentId={assessmentId} />}
    </section>
  );
}
