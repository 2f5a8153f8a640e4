"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { AnswerPayload } from "@/lib/assessment/answer-form";
import { saveAnswerAction } from "@/lib/assessment/actions";
import type { ConflictingAnswer } from "@/lib/assessment/save-answer";
import type { LiveSummary } from "@/lib/assessment/summary";
import { useAutosave } from "./autosave-context";
import { failureMessage, type FailureReason, newSaveKey, retryDelayMs } from "./save-attempts";

export type SaveStatus<C extends ConflictingAnswer = ConflictingAnswer> =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  /** reason and retryInMs were added for the retry; older readers use message only. */
  | { kind: "error"; message: string; reason?: FailureReason; retryInMs?: number | null }
  | { kind: "conflict"; current: C };

/** What a save action answers: the unit's (saveAnswerAction) and the TPI's (saveTpiAnswerAction) both fit. */
export type AutosaveResult<C extends ConflictingAnswer = ConflictingAnswer> = ActionResult<
  { status: "saved"; version: number; savedAt: Date; summary: LiveSummary | null } | { status: "conflict"; current: C }
>;
export type AutosaveRequest<P> = P & { assessmentId: string; questionCode: string; expectedVersion: number; saveKey?: string; unconfirmedKeys?: string[] };

type Options<P, C extends ConflictingAnswer> = {
  assessmentId: string;
  questionCode: string;
  initialVersion: number;
  onValue: (value: number | null) => void;
  /** The server action to call; the unit's saveAnswerAction when left out. Must be a stable function. */
  save?: (request: AutosaveRequest<P>) => Promise<AutosaveResult<C>>;
};

type Attempt<P> = { payload: P; key: string };

/**
 * Saves one question's answer: one request at a time, the latest answer always wins on this
 * tab, and the server's version number travels with each save (optimistic locking). Each edit is
 * sent with its own idempotency key; a failed attempt is retried with the same key (after 1, 2,
 * 4 … 30 s, at once when the browser is back online, or by `retry`), so a save that committed
 * before its answer was lost is recognised by the server instead of becoming a conflict.
 */
export function useAnswerAutosave<P extends AnswerPayload = AnswerPayload, C extends ConflictingAnswer = ConflictingAnswer>({ assessmentId, questionCode, initialVersion, onValue, save }: Options<P, C>) {
  const { track, setSummary } = useAutosave();
  const [status, setStatus] = useState<SaveStatus<C>>({ kind: "idle" });
  const version = useRef(initialVersion);
  const inFlight = useRef(false);
  const queued = useRef<P | null>(null);
  const failed = useRef<(Attempt<P> & { unknown: boolean }) | null>(null); // waiting for a retry
  const unconfirmed = useRef<string[]>([]); // keys whose outcome this tab never learned
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const dispatch = useCallback(
    async (attempt: Attempt<P>): Promise<void> => {
      clearTimeout(timer.current);
      inFlight.current = true;
      failed.current = null;
      setStatus({ kind: "saving" });
      track(questionCode, "saving");
      const fail = (reason: FailureReason, unknown: boolean, serverMessage?: string) => {
        failed.current = { ...attempt, unknown };
        failures.current++;
        const retryInMs = reason === "rejected" ? null : retryDelayMs(failures.current);
        if (retryInMs !== null) timer.current = setTimeout(() => void (failed.current && !inFlight.current && dispatch(failed.current)), retryInMs);
        setStatus({ kind: "error", reason, retryInMs, message: failureMessage(reason, reason === "offline" ? null : retryInMs, serverMessage) });
        track(questionCode, "failed");
      };
      try {
        const request = { ...attempt.payload, assessmentId, questionCode, expectedVersion: version.current, saveKey: attempt.key, unconfirmedKeys: unconfirmed.current };
        const result: AutosaveResult<C> = await (save ? save(request) : (saveAnswerAction(request) as Promise<AutosaveResult<C>>));
        if (!result.ok) {
          // A retryable failure happened on the server after the request arrived: it may have committed.
          fail(result.retryable ? "server" : "rejected", result.retryable === true, result.error);
        } else {
          failures.current = 0;
          unconfirmed.current = [];
          if (result.data.status === "conflict") {
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
        }
      } catch {
        // No answer: the browser is offline, the server is down, or it answered 500.
        fail(typeof navigator !== "undefined" && navigator.onLine === false ? "offline" : "server", true);
      } finally {
        inFlight.current = false;
        const next = queued.current;
        queued.current = null;
        if (next) void send(next);
      }
    },
    // `send` (below) depends only on dispatch, so the one this render captured is current.
    [assessmentId, questionCode, track, setSummary, onValue, save],
  );

  const send = useCallback(
    async (payload: P): Promise<void> => {
      if (inFlight.current) {
        queued.current = payload;
        return;
      }
      // A new edit replaces a failed one; if that one may have committed, say so to the server.
      if (failed.current?.unknown) unconfirmed.current = [...unconfirmed.current, failed.current.key].slice(-20);
      failed.current = null;
      await dispatch({ payload, key: newSaveKey() });
    },
    [dispatch],
  );

  /** "Coba simpan lagi": the failed attempt again, with its own key. */
  const retry = useCallback(() => {
    if (failed.current && !inFlight.current) void dispatch(failed.current);
  }, [dispatch]);

  useEffect(() => {
    window.addEventListener("online", retry);
    return () => {
      window.removeEventListener("online", retry);
      clearTimeout(timer.current);
    };
  }, [retry]);

  useEffect(() => () => track(questionCode, "idle"), [questionCode, track]);

  /**
   * An edit waiting for its pause before it is sent counts as unsaved already: the header says
   * "Menyimpan…" and leaving the page asks first (typing waits 700 ms before its save starts).
   */
  const markEdited = useCallback(() => track(questionCode, "saving"), [questionCode, track]);

  /** The edit is invalid and will not be sent (its field says why): no longer counted as saving. */
  const markNotSent = useCallback(() => {
    if (!inFlight.current) track(questionCode, failed.current ? "failed" : "idle");
  }, [questionCode, track]);

  /** After a conflict: continue from the other person's version (to keep theirs or overwrite it). */
  const adoptVersion = useCallback((v: number) => {
    version.current = v;
    setStatus({ kind: "idle" });
    track(questionCode, "idle");
  }, [questionCode, track]);

  return { status, send, adoptVersion, retry, markEdited, markNotSent };
}
