"use client";

import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { retryProposalPackageAction } from "@/lib/proposal/actions";
import type { PackageView } from "@/lib/proposal/package/queries";
import { ActionButton } from "./action-button";

const POLL_MS = 2_000;
const STATUS_LABELS: Record<PackageView["status"], string> = { QUEUED: "Menunggu giliran", BUILDING: "Sedang dibuat", READY: "Siap diunduh", FAILED: "Gagal dibuat" };

const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 });
const active = (packages: PackageView[]) => packages.some((p) => p.status === "QUEUED" || p.status === "BUILDING");

/** The round's packages; while one is queued or being built, its progress is read every 2 s. */
export function PackageList({ roundId, initial, canRetry }: { roundId: string; initial: PackageView[]; canRetry: boolean }) {
  const [packages, setPackages] = useState(initial);
  // A server render after an action (router.refresh) brings a new list.
  useEffect(() => setPackages(initial), [initial]);
  const polling = active(packages);
  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/usulan/${roundId}/paket`, { cache: "no-store" }).catch(() => null);
      if (response?.ok) setPackages(((await response.json()) as { packages: PackageView[] }).packages);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [polling, roundId]);

  if (packages.length === 0) return null;
  return (
    <ul className="space-y-3" aria-label="Paket usulan">
      {packages.map((p) => (
        <li key={p.id} className="space-y-1 rounded-md border border-slate-200 p-3 text-sm" data-testid="package-row" data-status={p.status}>
          <p className="font-medium">
            {p.includeEvidence ? "Dengan berkas bukti dukung" : "Tanpa berkas bukti dukung"} — <span>{STATUS_LABELS[p.status]}</span>
          </p>
          {(p.status === "QUEUED" || p.status === "BUILDING") && (
            <>
              <progress className="w-full" max={100} value={p.estimateBytes > 0 ? Math.min(99, Math.floor((p.bytesWritten / p.estimateBytes) * 100)) : undefined} aria-label="Kemajuan pembuatan paket" />
              <p role="status">{p.status === "QUEUED" ? "Paket akan dibuat sebentar lagi…" : `${mb(p.bytesWritten)} MB ditulis${p.estimateBytes ? ` dari perkiraan ${mb(p.estimateBytes)} MB` : ""}…`}</p>
            </>
          )}
          {p.status === "READY" && (
            <p>
              <a className="text-brand-700 underline" href={`/api/usulan/${roundId}/paket/${p.id}`}>Unduh paket (.zip, {mb(p.size ?? 0)} MB, {p.entries} berkas)</a>
              {p.missing > 0 && <span className="text-amber-800"> — {p.missing} berkas tidak ditemukan di penyimpanan (lihat indeks bukti dukung)</span>}
            </p>
          )}
          {p.status === "FAILED" && (
            <div className="space-y-2">
              <Alert tone="error">{p.error ?? "Paket gagal dibuat."}</Alert>
              {canRetry && <ActionButton label="Coba lagi" action={retryProposalPackageAction} input={{ packageId: p.id }} />}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
