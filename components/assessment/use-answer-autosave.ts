"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { AnswerPayload } from "@/lib/assessment/answer-form";
import { saveAnswerAction } from "@/lib/assessment/actions";
import type { ConflictingAnswer } from "@/lib/assessment/save-answer";
import type { LiveSummary } from "@/lib/assessment/summary";
import { useAutosave } from "./autosave-context";

export type SaveStatus<C extends ConflictingAnswer = ConflictingAnswer> = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: Date } | { kind: "error"; message: string } | { kind: "conflict"; current: C };

/** What a save action answers: the unit's (saveAnswerAction) and the TPI's (saveTpiAnswerAction) both fit. */
export type AutosaveResult<C extends ConflictingAnswer = ConflictingAnswer> = ActionResult<
  { status: "saved"; version: number; savedAt: Date; summary: LiveSummary | null } | { status: "conflict"; current: C }
>;
export type AutosaveRequest<P> = P & { assessmentId: string; questionCode: string; expectedVersion: number };

type Options<P, C extends ConflictingAnswer> = {
  assessmentId: string;
  questionCode: string;
  initialVersion: number;
  onValue: (value: number | null) => void;
  /** The server action to call; the unit's saveAnswerAction when left out. Must be a stable function. */
  save?: (request: AutosaveRequest<P>) => Promise<AutosaveResult<C>>;
};

/**
 * Saves one question's answer: one request at a time, the latest answer always wins on this
 * tab, and the server's version number travels with each save (optimistic locking).
 */
export function useAnswerAutosave<P extends AnswerPayload = AnswerPayload, C extends ConflictingAnswer = ConflictingAnswer>({ assessmentId, questionCode, initialVersion, onValue, save }: Options<P, C>) {
  const { track, setSummary } = useAutosave();
  const [status, setStatus] = useState<SaveStatus<C>>({ kind: "idle" });
  const version = useRef(initialVersion);
  const inFlight = useRef(false);
  const queued = useRef<P | null>(null);

  const send = useCallback(
    async (payload: P): Promise<void> => {
      if (inFlight.current) {
        queued.current = payload;
        return;
      }
      inFlight.current = true;
      setStatus({ kind: "saving" });
      track(questionCode, "saving");
      try {
        const request = { ...payload, assessmentId, questionCode, expectedVersion: version.current };
        const result: AutosaveResult<C> = await (save ? save(request) : (saveAnswerAction(request) as Promise<AutosaveResult<C>>));
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
    [assessmentId, questionCode, track, setSummary, onValue, save],
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
