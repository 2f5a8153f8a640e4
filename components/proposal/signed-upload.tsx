"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Uploads a signed scan (PDF, JPEG, PNG) of the letter or the SPTJM, or a stage's document. */
export function SignedUpload({ roundId, kind, label, stageId }: { roundId: string; kind: "SURAT_PENGAJUAN" | "SPTJM" | "STAGE"; label: string; stageId?: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const id = `upload-${kind}-${stageId ?? ""}`;
  const send = () =>
    start(async () => {
      if (!file) return setMessage({ tone: "error", text: "Pilih berkas lebih dulu." });
      const form = new FormData();
      form.set("kind", kind);
      if (stageId) form.set("stageId", stageId);
      form.set("file", file);
      try {
        const response = await fetch(`/api/usulan/${roundId}/berkas`, { method: "POST", body: form });
        const result = (await response.json()) as { ok: boolean; error?: string };
        if (!result.ok) return setMessage({ tone: "error", text: result.error ?? "Unggahan gagal." });
        setMessage({ tone: "success", text: `${file.name} tersimpan.` });
        router.refresh();
      } catch {
        setMessage({ tone: "error", text: "Tidak dapat menghubungi server. Periksa koneksi Anda lalu coba lagi." });
      }
    });
  return (
    <div className="flex flex-wrap items-end gap-2 text-sm">
      <label htmlFor={id} className="flex flex-col gap-1">
        <span className="font-medium">{label}</span>
        <input id={id} type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <Button onClick={send} disabled={pending}>{pending ? "Mengunggah…" : "Unggah"}</Button>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </div>
  );
}
