"use client";

import { SaveBadge } from "@/components/assessment/save-badge";
import type { ReactNode } from "react";
import { ConflictNotice } from "@/components/assessment/conflict-notice";
import { QuestionInputs } from "@/components/assessment/question-inputs";
import { type AnswerFormValues, NOTE_MAX, toFormValues } from "@/lib/assessment/answer-form";
import type { Question } from "@/lib/lke/schema";
import { describeAnswerInline } from "@/lib/review/describe-answer";
import { useTpiAnswerForm } from "./use-tpi-answer-form";

type Props = {
  assessmentId: string;
  question: Question;
  initial: { values: AnswerFormValues; flag: boolean; version: number; reviewed: boolean; unitAnswered: boolean };
  editable: boolean;
  /** The unit's side: its answer, note and bukti dukung (server-rendered). */
  children: ReactNode;
};

const ignoreValue = () => undefined;

/** One question under review: the unit's answer beside the TPI's own, autosaved like the unit's form. */
export function ReviewQuestionCard({ assessmentId, question, initial, editable, children }: Props) {
  const { form, flag, reviewed, submit, changeFlag, adoptFlag, status, adoptVersion, retry } = useTpiAnswerForm({ assessmentId, question, initial, onValue: ignoreValue });
  const id = (suffix: string) => `tpi-${question.code}-${suffix}`;

  return (
    <article id={`q-${question.code}`} className="scroll-mt-24 rounded-xl border border-slate-200 bg-white p-4" aria-labelledby={id("text")}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={id("text")} className="font-medium">
          <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{question.code}</span>
          {question.text}
        </h3>
        <SaveBadge status={status} onRetry={retry} />
      </header>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div className="min-w-0 space-y-3 rounded-lg bg-slate-50 p-3">{children}</div>
        <form className="min-w-0 space-y-3" onSubmit={(e) => e.preventDefault()} noValidate aria-label={`Penilaian TPI ${question.code}`}>
          <h4 className="text-sm font-semibold text-slate-800">Penilaian TPI</h4>
          {!reviewed && (
            <div className="flex flex-wrap items-center gap-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900" data-testid="unreviewed">
              <span>Belum dinilai — isian di bawah diambil dari jawaban unit.</span>
              {/* Re-clicking the prefilled option changes nothing, so nothing would be saved: agreeing is its own action. */}
              {editable && initial.unitAnswered && (
                <button type="button" onClick={() => submit(0)} className="rounded border border-amber-500 bg-white px-2 py-0.5 font-medium text-amber-950 hover:bg-amber-100">
                  Setuju dengan jawaban unit
                </button>
              )}
            </div>
          )}
          <QuestionInputs question={question} register={form.register} errors={form.formState.errors} disabled={!editable} />
          <div>
            <label htmlFor={id("note")} className="block text-sm font-medium">Catatan TPI (opsional)</label>
            <textarea id={id("note")} rows={2} maxLength={NOTE_MAX} disabled={!editable} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm disabled:bg-slate-100" {...form.register("note")} />
          </div>
          <label htmlFor={id("flag")} className="flex items-center gap-2 text-sm font-medium">
            <input id={id("flag")} type="checkbox" checked={flag} disabled={!editable} onChange={(e) => changeFlag(e.target.checked)} className="h-4 w-4" />
            Perlu perbaikan oleh unit
          </label>
        </form>
      </div>
      {status.kind === "conflict" && (
        <div className="mt-3">
          <ConflictNotice
            current={status.current}
            describe={(value) => describeAnswerInline(question, value)}
            onKeepTheirs={() => {
              adoptVersion(status.current.version);
              adoptFlag(status.current.flag);
              form.reset(toFormValues(question, status.current.value, status.current.note));
            }}
            onKeepMine={() => {
              adoptVersion(status.current.version);
              submit(0);
            }}
          />
        </div>
      )}
    </article>
  );
}

