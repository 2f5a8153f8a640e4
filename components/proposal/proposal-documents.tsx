import type { PackageView } from "@/lib/proposal/package/queries";
import type { RoundView } from "@/lib/proposal/queries";
import { PackageList } from "./package-list";
import { PackageRequest } from "./package-request";
import { SignedUpload } from "./signed-upload";

const LINKS = [
  ["surat-pengajuan.pdf", "Surat Pengajuan Evaluasi (PDF)"],
  ["surat-pengajuan.docx", "Surat Pengajuan Evaluasi (DOCX)"],
  ["sptjm.pdf", "SPTJM (PDF)"],
  ["sptjm.docx", "SPTJM (DOCX)"],
] as const;
const KIND_LABELS = { SURAT_PENGAJUAN: "Surat Pengajuan bertanda tangan", SPTJM: "SPTJM bertanda tangan", STAGE: "Dokumen tahap" } as const;

/** The letters (PDF, DOCX), the signed scans uploaded back, and the packages (ADMIN makes them). */
export function ProposalDocuments({ round, packages, canUpload }: { round: RoundView; packages: PackageView[]; canUpload: boolean }) {
  return (
    <section aria-labelledby="documents-title" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="documents-title" className="text-lg font-semibold">Dokumen usulan</h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {LINKS.map(([file, label]) => (
          <li key={file}><a className="text-brand-700 underline" href={`/api/usulan/${round.id}/${file}`}>{label}</a></li>
        ))}
      </ul>
      {round.files.length > 0 && (
        <ul className="text-sm" aria-label="Dokumen bertanda tangan">
          {round.files.map((f) => (
            <li key={f.id}>{KIND_LABELS[f.kind]}: <a className="text-brand-700 underline" href={`/api/usulan/berkas/${f.id}`}>{f.fileName}</a></li>
          ))}
        </ul>
      )}
      {round.status === "APPROVED" ? (
        <>
          {canUpload && (
            <div className="space-y-2">
              <SignedUpload roundId={round.id} kind="SURAT_PENGAJUAN" label="Unggah Surat Pengajuan bertanda tangan" />
              <SignedUpload roundId={round.id} kind="SPTJM" label="Unggah SPTJM bertanda tangan" />
            </div>
          )}
          {canUpload && <PackageRequest roundId={round.id} />}
          <PackageList roundId={round.id} initial={packages} canRetry={canUpload} />
        </>
      ) : (
        <p className="text-sm text-slate-600">Paket usulan dan unggahan dokumen bertanda tangan tersedia setelah pimpinan menyetujui.</p>
      )}
    </section>
  );
}
