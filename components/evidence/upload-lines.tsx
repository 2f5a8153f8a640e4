"use client";

import type { UploadLine } from "./use-evidence-uploads";

type Props = { lines: readonly UploadLine[]; onDismiss: (key: string) => void };

/** One line per file in the queue: waiting, a progress bar, or the server's refusal. */
export function UploadLines({ lines, onDismiss }: Props) {
  if (lines.length === 0) return null;
  return (
    <ul className="space-y-2" aria-label="Unggahan berjalan">
      {lines.map((line) => (
        <li key={line.key} className="rounded-md border border-slate-200 p-2 text-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="min-w-0 break-all font-medium">{line.name}</span>
            {line.state === "failed" ? (
              <button type="button" onClick={() => onDismiss(line.key)} className="text-xs font-semibold text-slate-700 underline">
                Tutup
              </button>
            ) : (
              <span className="text-xs text-slate-600">{line.state === "waiting" ? "Menunggu giliran…" : `${Math.round(line.progress * 100)}%`}</span>
            )}
          </div>
          {line.state === "failed" ? (
            <p role="alert" className="mt-1 text-red-700">
              {line.error}
            </p>
          ) : (
            <progress
              className="mt-1 h-2 w-full accent-brand-700"
              max={1}
              value={line.state === "uploading" ? line.progress : 0}
              aria-label={`Kemajuan unggah ${line.name}`}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
