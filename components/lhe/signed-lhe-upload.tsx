"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { NoticeAlert } from "@/components/admin/notice";
import type { Notice } from "@/components/admin/submit";
import { Button } from "@/components/ui/button";

/** Sends the scanned, signed LHE (PDF) to /api/lhe/[id]/signed; the server decides from the bytes. */
export function SignedLheUpload({ assessmentId }: { assessmentId: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  async function send() {
    if (!file) return setNotice({ tone: "error", text: "Pilih berkas PDF LHE bertanda tangan." });
    setBusy(true);
    setNotice(null);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch(`/api/lhe/${assessmentId}/signed`, { method: "POST", body });
      const result = (await response.json().catch(() => null)) as { ok: boolean; error?: string } | null;
      if (!result?.ok) return setNotice({ tone: "error", text: result?.error ?? "Unggahan gagal; coba lagi." });
      setNotice({ tone: "success", text: "LHE bertanda tangan disimpan sebagai LHE resmi." });
      router.refresh();
    } catch {
      setNotice({ tone: "error", text: "Tidak dapat menghubungi server. Periksa koneksi Anda lalu coba lagi." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <NoticeAlert notice={notice} />
      <label htmlFor="signed-lhe-file" className="block text-sm font-medium">Pindaian LHE bertanda tangan (PDF)</label>
      <input id="signed-lhe-file" type="file" accept=".pdf,application/pdf" onChange={(e) => setFile(e.target.files?.[0] ?? null)} className="block text-sm" />
      <Button onClick={send} disabled={busy || !file}>{busy ? "Mengunggah…" : "Unggah LHE bertanda tangan"}</Button>
    </div>
  );
}
