"use client";

import type { ConflictingAnswer } from "@/lib/assessment/save-answer";
import { useTimeZone } from "@/components/portal/time-zone-context";
import { formatTime } from "@/lib/format";
import type { SaveStatus } from "./use-answer-autosave";

/** "menyimpan… / tersimpan 10.32 / gagal disimpan / konflik" beside a question (unit and TPI). */
export function SaveBadge<C extends ConflictingAnswer>({ status }: { status: SaveStatus<C> }) {
  const zone = useTimeZone();
  const text = { idle: "", saving: "menyimpan…", saved: status.kind === "saved" ? `tersimpan ${formatTime(status.at, zone)}` : "", error: "gagal disimpan", conflict: "konflik" }[status.kind];
  if (!text) return null;
  return (
    <span className={`text-xs ${status.kind === "error" || status.kind === "conflict" ? "font-semibold text-red-700" : "text-slate-600"}`} data-testid="save-state">
      {text}
      {status.kind === "error" && <span className="block font-normal">{status.message}</span>}
    </span>
  );
}
