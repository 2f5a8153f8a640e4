"use client";

import type { ConflictingAnswer } from "@/lib/assessment/save-answer";
import { useTimeZone } from "@/components/portal/time-zone-context";
import { formatDateTime } from "@/lib/format";

type Props = { current: ConflictingAnswer; describe: (value: unknown) => string; onKeepTheirs: () => void; onKeepMine: () => void };

/** Someone else saved this question first: show their answer and let the user choose. */
export function ConflictNotice({ current, describe, onKeepTheirs, onKeepMine }: Props) {
  const zone = useTimeZone();
  return (
    <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">Jawaban ini baru saja diubah oleh {current.by ?? "pengguna lain"}{current.at ? ` (${formatDateTime(new Date(current.at), zone)})` : ""}.</p>
      <p className="mt-1">Jawaban mereka: <strong>{describe(current.value)}</strong>{current.note ? ` — catatan: “${current.note}”` : ""}. Jawaban Anda belum disimpan.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" onClick={onKeepTheirs} className="rounded-md border border-amber-500 bg-white px-3 py-1.5 font-medium hover:bg-amber-100">Pakai jawaban mereka</button>
        <button type="button" onClick={onKeepMine} className="rounded-md bg-amber-600 px-3 py-1.5 font-medium text-white hover:bg-amber-700">Timpa dengan jawaban saya</button>
      </div>
    </div>
  );
}
