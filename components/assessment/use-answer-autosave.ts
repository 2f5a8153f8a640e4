"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { AnswerPayload } from "@/lib/assessment/answer-form";
import { saveAnswerAction } from "@/lib/assessment/actions";
import type { ConflictingAnswer } from "@/lib/assessment/save-answer";
import { useAutosave } from "./autosave-context";

export type SaveStatus = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: Date } | { kind: "error"; message: string } | { kind: "conflict"; current: ConflictingAnswer };

type Options = { assessmentId: string; questionCode: string; initialVersion: number; onValue: (value: number | null) => void };

/**
 * Saves one question's answer: one request at a time, the latest answer always wins on this
 * tab, and the server's version number travels with each save (optimistic locking).
 */
export function useAnswerAutosave({ assessmentId, questionCode, initialVersion, onValue }: Options) {
  const { track, setSummary } = useAutosave();
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const version = useRef(initialVersion);
  const inFlight = useRef(false);
  const queued = useRef<AnswerPayload | null>(null);

  const send = useCallback(
    async (payload: AnswerPayload): Promise<void> => {
      if (inFlight.current) {
        queued.current = payload;
        return;
      }
      inFlight.current = true;
      setStatus({ kind: "saving" });
      track(questionCode, "saving");
      try {
        const result = await saveAnswerAction({ assessmentId, questionCode, ...payload, expectedVersion: version.current });
        if (!result.ok) {
          setStatus({ kind: "error", message: result.error });
          track(questionCode, "failed");
        } else if (result.data.status === "conflict") {
          queued.current = null;
          setStatus({ kind: "conflict", current: result.data.current });
          track(questionCode, "failed");
        } else {
          version.current = result.data.version;
          if (result.data.summary) {
            setSummary(result.data.summary);
            onValue(result.data.summary.questionValue);
          }
          setStatus({ kind: "saved", at: new Date(result.data.savedAt) });
          track(questionCode, "saved");
        }
      } catch {
        setStatus({ kind: "error", message: "Tidak dapat menghubungi server. Periksa jaringan; jawaban akan dicoba simpan lagi saat Anda mengubahnya." });
        track(questionCode, "failed");
      } finally {
        inFlight.current = false;
        const next = queued.current;
        queued.current = null;
        if (next) void send(next);
      }
    },
    [assessmentId, questionCode, track, setSummary, onValue],
  );

  useEffect(() => () => track(questionCode, "idle"), [questionCode, track]);

  /** After a conflict: continue from the other person's version (to keep theirs or overwrite it). */
  const adoptVersion = useCallback((v: number) => {
    version.current = v;
    setStatus({ kind: "idle" });
    track(questionCode, "idle");
  }, [questionCode, track]);

  return { status, send, adoptVersion };
}
