"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef } from "react";
import { useForm } from "react-hook-form";
import { answerFormSchema, type AnswerFormValues, type AnswerPayload } from "@/lib/assessment/answer-form";
import type { Question } from "@/lib/lke/schema";
import { useAnswerAutosave } from "./use-answer-autosave";

const DEBOUNCE_MS = 700;

type Options = { assessmentId: string; question: Question; initial: { values: AnswerFormValues; version: number }; onValue: (value: number | null) => void };

/**
 * The unit's answer form of one question, autosaved: a choice is sent at once, typing after a
 * pause. The question card and the row of the LKE table both use it, so both save through the
 * one path (saveAnswerAction, its version check and its retry).
 */
export function useAutosavedAnswerForm({ assessmentId, question, initial, onValue }: Options) {
  const schema = useMemo(() => answerFormSchema(question), [question]);
  const form = useForm<AnswerFormValues, unknown, AnswerPayload>({ resolver: zodResolver(schema), defaultValues: initial.values, mode: "onChange" });
  const autosave = useAnswerAutosave({ assessmentId, questionCode: question.code, initialVersion: initial.version, onValue });
  const { send, markEdited, markNotSent } = autosave;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      clearTimeout(timer.current);
      markEdited();
      const immediate = name === "choice";
      timer.current = setTimeout(() => void form.handleSubmit((payload) => send(payload), markNotSent)(), immediate ? 0 : DEBOUNCE_MS);
    });
    return () => subscription.unsubscribe();
  }, [form, send, markEdited, markNotSent]);

  /** Send the form as it is now (after a conflict, "timpa dengan jawaban saya"). */
  const sendNow = () => void form.handleSubmit((payload) => send(payload))();
  return { form, sendNow, ...autosave };
}
