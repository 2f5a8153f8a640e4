"use client";

import type { ConflictingAnswer } from "@/lib/assessment/save-answer";
import { useTimeZone } from "@/components/portal/time-zone-context";
import { formatTime } from "@/lib/format";
import type { SaveStatus } from "./use-answer-autosave";

const ERROR_TITLE = { offline: "belum disimpan — tidak ada koneksi", server: "gagal disimpan — server tidak tersedia", rejected: "gagal disimpan" } as const;

/**
 * "menyimpan… / tersimpan 10.32 / gagal disimpan / konflik" beside a question (unit and TPI).
 * A failure says whose side failed and offers "Coba simpan lagi" when onRetry is given.
 */
export function SaveBadge<C extends ConflictingAnswer>({ status, onRetry }: { status: SaveStatus<C>; onRetry?: () => void }) {
  const zone = useTimeZone();
  const text = { idle: "", saving: "menyimpan…", saved: status.kind === "saved" ? `tersimpan ${formatTime(status.at, zone)}` : "", error: status.kind === "error" ? ERROR_TITLE[status.reason ?? "rejected"] : "", conflict: "konflik" }[status.kind];
  if (!text) return null;
  return (
    <span className={`text-xs ${status.kind === "error" || status.kind === "conflict" ? "font-semibold text-red-700" : "text-slate-600"}`} data-testid="save-state" data-reason={status.kind === "error" ? status.reason : undefined}>
      {text}
      {status.kind === "error" && <span className="block font-normal">{status.message}</span>}
      {status.kind === "error" && onRetry && (
        <button type="button" onClick={onRetry} className="mt-1 rounded border border-red-300 bg-white px-2 py-0.5 font-medium text-red-800 hover:bg-red-50">
          Coba simpan lagi
        </button>
      )}
    </span>
  );
}
