"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatNumber } from "@/lib/format";
import { applyLkeImportAction, previewLkeImportAction } from "@/lib/lke-import/actions";
import type { ImportPreview } from "@/lib/lke-import/import-workbook";
import { IMPORT_MAX_BYTES } from "@/lib/lke-import/schemas";

const OFFLINE = "Tidak dapat menghubungi server. Periksa koneksi Anda lalu coba lagi.";
const STATUS_LABELS = { baru: "Baru", berubah: "Berbeda dengan isian sekarang", sama: "Sama" } as const;

/** Import a filled LKE workbook: choose the file, review what would change, then apply it. */
export function LkeImportPanel({ assessmentId }: { assessmentId: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const form = () => {
    const data = new FormData();
    data.set("assessmentId", assessmentId);
    if (file) data.set("file", file);
    return data;
  };
  const run = async (action: typeof previewLkeImportAction) => {
    setBusy(true);
    setMessage(null);
    const result = await action(form()).catch(() => null);
    setBusy(false);
    if (!result) { setMessage({ tone: "error", text: OFFLINE }); return null; }
    if (!result.ok) { setMessage({ tone: "error", text: [result.error, ...Object.values(result.fieldErrors ?? {}).flat()].join(" ") }); setPreview(null); return null; }
    return result.data;
  };

  return (
    <section aria-labelledby="lke-import" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="lke-import" className="font-semibold">Impor LKE dari Excel</h2>
      <p className="text-sm text-slate-600">Unggah LKE (.xlsx) yang sudah diisi, misalnya hasil unduhan portal. Pratinjau ditampilkan dulu; jawaban yang diimpor ditandai “perlu dicek ulang”.</p>
      <label htmlFor="lke-import-file" className="block text-sm font-medium">Berkas LKE (.xlsx)</label>
      <input id="lke-import-file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="block text-sm" onChange={(e) => {
        const chosen = e.target.files?.[0] ?? null;
        setPreview(null);
        // Said before sending: a file over the limit would otherwise be refused by the server
        // before the portal's own check could name the reason.
        const tooLarge = chosen !== null && chosen.size > IMPORT_MAX_BYTES;
        setFile(tooLarge ? null : chosen);
        setMessage(tooLarge ? { tone: "error", text: "Berkas LKE lebih dari 1 MB. LKE yang diunduh dari portal berukuran sekitar 50 KB; periksa apakah berkas yang dipilih benar." } : null);
      }} />
      <Button variant="secondary" disabled={!file || busy} onClick={async () => setPreview(await run(previewLkeImportAction))}>Tampilkan pratinjau</Button>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {preview && (
        <div className="space-y-2" data-testid="import-preview">
          <p className="text-sm">
            {preview.lines.length} jawaban terbaca · {preview.changes} akan diubah · {preview.conflicts} berbeda dengan isian sekarang · {preview.unreadable.length} baris tidak terbaca. Nilai total: {formatNumber(preview.totalBefore)} → {formatNumber(preview.totalAfter)}.
          </p>
          {preview.unreadable.length > 0 && (
            <ul className="list-disc pl-5 text-sm text-red-800">
              {preview.unreadable.map((u) => <li key={`${u.row}-${u.code}`}>Baris {u.row} ({u.code}): {u.reason}</li>)}
            </ul>
          )}
          <div className="max-h-80 overflow-auto">
            <table className="w-full text-left text-xs">
              <thead><tr><th>Baris</th><th>Kode</th><th>Isian sekarang</th><th>Dari berkas</th><th>Keterangan</th></tr></thead>
              <tbody>
                {preview.lines.filter((l) => l.status !== "sama").map((l) => (
                  <tr key={l.code} className={l.status === "berubah" ? "bg-amber-50" : ""}><td>{l.row}</td><td className="font-mono">{l.code}</td><td>{l.current}</td><td>{l.imported}</td><td>{STATUS_LABELS[l.status]}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
          <Button disabled={busy || preview.changes === 0} onClick={async () => {
            const applied = await run(applyLkeImportAction);
            if (!applied) return;
            setPreview(null);
            setMessage({ tone: "success", text: `${applied.changes} jawaban diimpor dan ditandai “perlu dicek ulang”. Nilai total sekarang ${formatNumber(applied.totalAfter)}.` });
            router.refresh();
          }}>Terapkan impor</Button>
        </div>
      )}
    </section>
  );
}
