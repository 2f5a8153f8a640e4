"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { useAnswerAutosave } from "@/components/assessment/use-answer-autosave";
import { answerFormSchema, type AnswerFormValues, type AnswerPayload } from "@/lib/assessment/answer-form";
import type { Question } from "@/lib/lke/schema";
import { saveTpiAnswerAction } from "@/lib/review/actions";
import type { TpiConflict } from "@/lib/review/save-tpi-answer";

type TpiPayload = AnswerPayload & { flag: boolean };
const DEBOUNCE_MS = 700;

type Options = {
  assessmentId: string;
  question: Question;
  initial: { values: AnswerFormValues; flag: boolean; version: number; reviewed: boolean };
  onValue: (value: number | null) => void;
};

/**
 * The TPI's value, note and "perlu perbaikan" flag of one question, autosaved through
 * saveTpiAnswerAction (version check, retry). The review card and the review table row share it.
 */
export function useTpiAnswerForm({ assessmentId, question, initial, onValue }: Options) {
  const schema = useMemo(() => answerFormSchema(question), [question]);
  const form = useForm<AnswerFormValues, unknown, AnswerPayload>({ resolver: zodResolver(schema), defaultValues: initial.values, mode: "onChange" });
  const [flag, setFlag] = useState(initial.flag);
  const [reviewed, setReviewed] = useState(initial.reviewed);
  const flagRef = useRef(initial.flag);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const autosave = useAnswerAutosave<TpiPayload, TpiConflict>({ assessmentId, questionCode: question.code, initialVersion: initial.version, onValue, save: saveTpiAnswerAction });
  const { send, status, markEdited, markNotSent } = autosave;

  /** Save the form as it stands, now or after a pause; "setuju" is submit(0) on the prefilled unit answer. */
  const submit = (delay: number) => {
    clearTimeout(timer.current);
    markEdited();
    timer.current = setTimeout(() => void form.handleSubmit((payload) => send({ ...payload, flag: flagRef.current }), markNotSent)(), delay);
  };
  useEffect(() => {
    const subscription = form.watch((_values, { name }) => submit(name === "choice" ? 0 : DEBOUNCE_MS));
    return () => subscription.unsubscribe();
  });
  useEffect(() => {
    if (status.kind === "saved") setReviewed(true);
  }, [status.kind]);

  const changeFlag = (next: boolean) => {
    flagRef.current = next;
    setFlag(next);
    submit(0);
  };
  /** After a conflict, "pakai jawaban mereka". */
  const adoptFlag = (next: boolean) => {
    flagRef.current = next;
    setFlag(next);
  };
  return { form, flag, reviewed, submit, changeFlag, adoptFlag, ...autosave };
}
