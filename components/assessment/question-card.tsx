"use client";

import { type ReactNode, useState } from "react";
import { type AnswerFormValues, NOTE_MAX, toFormValues } from "@/lib/assessment/answer-form";
import { formatNumber } from "@/lib/format";
import type { Question } from "@/lib/lke/schema";
import { ConflictNotice } from "./conflict-notice";
import { SaveBadge } from "./save-badge";
import { QuestionInputs } from "./question-inputs";
import { useAutosavedAnswerForm } from "./use-autosaved-answer-form";
import { guidanceToShow } from "@/lib/lke/guidance";
import { describeAnswerInline } from "@/lib/review/describe-answer";

type Props = {
  assessmentId: string;
  question: Question;
  initial: { values: AnswerFormValues; version: number; value: number | null; needsRecheck: boolean };
  editable: boolean;
  /** In a RETURNED LKE: whether the TPI returned this question, its note and the TPI's own answer. */
  returned?: { returned: boolean; note: string | null; tpiValue: unknown };
  children?: ReactNode; // the evidence panel (and the comment thread)
};

export function QuestionCard({ assessmentId, question, initial, editable, returned, children }: Props) {
  const [value, setValue] = useState(initial.value);
  const { form, status, sendNow, adoptVersion, retry } = useAutosavedAnswerForm({ assessmentId, question, initial, onValue: setValue });

  const describe = (v: unknown) => {
    if (v === null || v === undefined) return "(kosong)";
    if (typeof v === "object") return Object.entries(v as Record<string, number>).map(([k, n]) => `${(question.inputs ?? []).find((i) => i.key === k)?.label ?? k}: ${n}`).join("; ");
    return String(v);
  };

  return (
    <article id={`q-${question.code}`} className={`scroll-mt-24 rounded-xl border bg-white p-4 ${returned?.returned ? "border-amber-400 ring-2 ring-amber-200" : "border-slate-200"}`} aria-labelledby={`${question.code}-text`}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`${question.code}-text`} className="font-medium">
          <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{question.code}</span>
          {question.text}
        </h3>
        <SaveBadge status={status} onRetry={retry} />
      </header>
      {returned && <ReturnedNote question={question} {...returned} />}
      {initial.needsRecheck && status.kind === "idle" && <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">Disalin dari tahun lalu — periksa dan simpan ulang bila masih sesuai.</p>}
      {guidanceToShow(question) && <p className="mt-2 text-sm text-slate-600">Petunjuk: {guidanceToShow(question)}</p>}
      <form className="mt-3 space-y-3" onSubmit={(e) => e.preventDefault()} noValidate>
        <QuestionInputs question={question} register={form.register} errors={form.formState.errors} disabled={!editable} />
        {value !== null && question.type !== "YA_TIDAK" && <p className="text-sm text-slate-700" data-testid={`value-${question.code}`}>Nilai jawaban: {formatNumber(value * 100, 2)}%</p>}
        <div>
          <label htmlFor={`${question.code}-note`} className="block text-sm font-medium">Catatan (opsional)</label>
          <textarea id={`${question.code}-note`} rows={2} maxLength={NOTE_MAX} disabled={!editable} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm disabled:bg-slate-100" {...form.register("note")} />
        </div>
      </form>
      {status.kind === "conflict" && (
        <div className="mt-3">
          <ConflictNotice
            current={status.current}
            describe={describe}
            onKeepTheirs={() => {
              adoptVersion(status.current.version);
              form.reset(toFormValues(question, status.current.value, status.current.note));
            }}
            onKeepMine={() => {
              adoptVersion(status.current.version);
              sendNow();
            }}
          />
        </div>
      )}
      {children && <div className="mt-4 border-t border-slate-100 pt-3">{children}</div>}
    </article>
  );
}


function ReturnedNote({ question, returned, note, tpiValue }: { question: Question; returned: boolean; note: string | null; tpiValue: unknown }) {
  if (!returned) return <p className="mt-2 text-xs text-slate-600">Tidak dikembalikan TPI — hanya dapat dibaca.</p>;
  return (
    <div className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" role="note">
      <p className="font-semibold">Dikembalikan TPI untuk perbaikan</p>
      {tpiValue !== null && tpiValue !== undefined && <p className="mt-1" data-testid={`card-tpi-value-${question.code}`}>Jawaban TPI: {describeAnswerInline(question, tpiValue)}</p>}
      <p className="mt-1 whitespace-pre-wrap">{note ?? "TPI tidak menulis catatan; lihat diskusi di bawah."}</p>
    </div>
  );
}
