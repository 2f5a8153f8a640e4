"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type SaveTarget = { write: (chunk: Uint8Array) => Promise<void>; close: () => Promise<void> };
type Picker = (options: { suggestedName: string }) => Promise<{ createWritable: () => Promise<{ write: (c: Uint8Array) => Promise<void>; close: () => Promise<void> }> }>;

/** Where the bytes go: straight to a file where the browser can (nothing held in memory), else a Blob. */
async function saveTarget(name: string): Promise<{ target: SaveTarget; finish: () => void }> {
  const picker = (window as unknown as { showSaveFilePicker?: Picker }).showSaveFilePicker;
  if (picker) {
    const writable = await (await picker({ suggestedName: name })).createWritable();
    return { target: writable, finish: () => undefined };
  }
  const parts: BlobPart[] = [];
  const target: SaveTarget = { write: async (c) => void parts.push(c.slice()), close: async () => undefined };
  const finish = () => {
    const url = URL.createObjectURL(new Blob(parts, { type: "application/zip" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return { target, finish };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 });

/** Downloads the package while it is built, showing how much has arrived against the estimate. */
export function PackageDownload({ roundId, year }: { roundId: string; year: number }) {
  const [withFiles, setWithFiles] = useState(false);
  const [progress, setProgress] = useState<{ received: number; estimate: number } | null>(null);
  const [state, setState] = useState<"idle" | "running" | "done" | "error">("idle");
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setState("running");
    setError(null);
    try {
      const name = `Paket_Usulan_TPN_${year}.zip`;
      const { target, finish } = await saveTarget(name);
      const response = await fetch(`/api/usulan/${roundId}/paket${withFiles ? "?bukti=1" : ""}`);
      if (!response.ok || !response.body) throw new Error(await response.text());
      const estimate = Number(response.headers.get("X-Package-Estimate") ?? 0);
      const reader = response.body.getReader();
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        await target.write(value);
        received += value.byteLength;
        setProgress({ received, estimate });
      }
      await target.close();
      finish();
      setState("done");
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : "Paket tidak dapat diunduh; coba lagi.");
      setState("error");
    }
  };
  const percent = progress && progress.estimate > 0 ? Math.min(99, Math.floor((progress.received / progress.estimate) * 100)) : null;
  return (
    <div className="space-y-2">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={withFiles} onChange={(e) => setWithFiles(e.target.checked)} /> Sertakan berkas bukti dukung (paket bisa berukuran beberapa GB)
      </label>
      <Button onClick={start} disabled={state === "running"}>{state === "running" ? "Mengunduh paket…" : "Unduh paket usulan (.zip)"}</Button>
      {progress && (
        <div className="space-y-1" data-testid="package-progress">
          <progress className="w-full" max={100} value={state === "done" ? 100 : (percent ?? undefined)} aria-label="Kemajuan unduhan paket" />
          <p className="text-sm text-slate-700" role="status">
            {state === "done" ? `Selesai: ${mb(progress.received)} MB.` : `${mb(progress.received)} MB diterima${progress.estimate ? ` dari perkiraan ${mb(progress.estimate)} MB` : ""}…`}
          </p>
        </div>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
