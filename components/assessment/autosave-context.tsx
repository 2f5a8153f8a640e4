"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { LiveSummary } from "@/lib/assessment/summary";

// The area page's shared save state: how many questions are saving or failed, and the
// latest score the server computed. The sticky header reads it; each question reports.

type AutosaveState = {
  pending: number;
  failed: number;
  summary: LiveSummary;
  track: (code: string, state: "saving" | "saved" | "failed" | "idle") => void;
  setSummary: (summary: LiveSummary) => void;
};

const AutosaveContext = createContext<AutosaveState | null>(null);

export function AutosaveProvider({ initialSummary, children }: { initialSummary: LiveSummary; children: ReactNode }) {
  const [states, setStates] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState(initialSummary);
  const track = useCallback((code: string, state: string) => setStates((s) => (s[code] === state ? s : { ...s, [code]: state })), []);
  const values = Object.values(states);
  const pending = values.filter((v) => v === "saving").length;
  const failed = values.filter((v) => v === "failed").length;

  // Leaving the page while answers are saving, or waiting for a retry, would lose them.
  // Browsers show their own wording; the text is for those that still show the page's.
  const unsaved = pending + failed;
  useEffect(() => {
    if (unsaved === 0) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = `${unsaved} jawaban belum tersimpan.`;
      return event.returnValue;
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const value = useMemo(() => ({ pending, failed, summary, track, setSummary }), [pending, failed, summary, track]);
  return <AutosaveContext.Provider value={value}>{children}</AutosaveContext.Provider>;
}

export function useAutosave(): AutosaveState {
  const context = useContext(AutosaveContext);
  if (!context) throw new Error("useAutosave must be used inside AutosaveProvider");
  return context;
}
