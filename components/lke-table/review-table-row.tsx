"use client";

import { type KeyboardEvent, type ReactNode, useCallback, useState } from "react";
import { ConflictNotice } from "@/components/assessment/conflict-notice";
import { QuestionInputs } from "@/components/assessment/question-inputs";
import { SaveBadge } from "@/components/assessment/save-badge";
import { useTpiAnswerForm } from "@/components/review/use-tpi-answer-form";
import { NOTE_MAX, toFormValues } from "@/lib/assessment/answer-form";
import { describeAnswerInline } from "@/lib/review/describe-answer";
import type { ReviewTableRow as Row } from "@/lib/review/review-table";
import { choiceForKey, optionLabel } from "./choice-keys";
import { CompactChoice } from "./compact-choice";
import { RowCell, RowHandle, RowValue } from "./row-parts";
import { isTextField } from "./use-row-keys";
import { guidanceToShow } from "@/lib/lke/guidance";

type Props = {
  assessmentId: string;
  row: Row;
  editable: boolean;
  /** The unit's note, bukti dukung and the discussion (server-rendered), shown when the row is open. */
  details: ReactNode;
  onReviewed: (code: string, value: number | null) => void;
  onAnswered: (code: string) => void;
};

/** One question under review as a table row: the unit's answer, the TPI's own, "setuju" in one key (S). */
export function ReviewTableRow({ assessmentId, row, editable, details, onReviewed, onAnswered }: Props) {
  const { question } = row;
  const [value, setValue] = useState(row.tpiValue);
  const [open, setOpen] = useState(false);
  const report = useCallback((v: number | null) => {
    setValue(v);
    onReviewed(row.code, v);
  }, [onReviewed, row.code]);
  const { form, flag, reviewed, submit, changeFlag, adoptFlag, status, adoptVersion, retry } = useTpiAnswerForm({
    assessmentId,
    question,
    initial: { values: row.initialValues, flag: row.flag, version: row.version, reviewed: row.reviewed },
    onValue: report,
  });
  const isChoice = (question.options ?? []).length > 0;
  const canAgree = editable && !reviewed && row.unitAnswer !== null;
  const detailsId = `rincian-${row.code}`;

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!editable || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
    if (event.key.toLowerCase() === "s" && canAgree) {
      event.preventDefault();
      submit(0);
      onAnswered(row.code);
      return;
    }
    const choice = choiceForKey(question, event.key);
    if (!choice) return;
    event.preventDefault();
    form.setValue("choice", choice, { shouldDirty: true });
    onAnswered(row.code);
  };

  return (
    <li id={`baris-${row.code}`} data-row={row.code} data-reviewed={reviewed} onKeyDown={onKeyDown} className={`scroll-mt-28 scroll-mb-4 border-b border-slate-100 px-2 py-1.5 ${flag ? "bg-amber-50" : ""}`}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 md:flex-nowrap md:gap-x-3">
        <RowHandle code={row.code} open={open} controls={detailsId} onToggle={() => setOpen((o) => !o)} hint={editable ? "S (setuju) atau pilihan" : null} />
        <p className="min-w-0 flex-1 basis-[calc(100%-6rem)] text-sm md:basis-0" title={question.text}>
          <span className="line-clamp-2">{question.text}</span>
        </p>
        <RowCell label="Unit" text={unitAnswerLabel(row.unitAnswer)} />
        <form className="md:w-52 md:shrink-0" onSubmit={(e) => e.preventDefault()} noValidate aria-label={`Penilaian TPI ${row.code}`}>
          {isChoice ? (
            <CompactChoice question={question} register={form.register} disabled={!editable} idPrefix={`tt-${row.code}`} />
          ) : (
            <button type="button" onClick={() => setOpen(true)} className="rounded border border-slate-300 bg-white px-2 py-1 text-sm text-brand-700 underline" aria-controls={detailsId}>
              {editable ? "Isi angka" : "Lihat angka"}
            </button>
          )}
        </form>
        <span className="md:w-20 md:shrink-0">
          {canAgree ? (
            <button type="button" onClick={() => submit(0)} className="rounded border border-amber-500 bg-white px-2 py-0.5 text-sm font-medium text-amber-950 hover:bg-amber-100">
              Setuju<span className="sr-only"> dengan jawaban unit {row.code}</span>
            </button>
          ) : (
            !reviewed && <span className="text-xs text-slate-600">belum dinilai</span>
          )}
        </span>
        <RowValue label="Nilai unit" value={row.unitValue} />
        <RowValue label="Nilai TPI" value={reviewed ? value : null} testId={`row-tpi-value-${row.code}`} />
        <label className="inline-flex items-center gap-1 text-xs md:w-20 md:shrink-0">
          <input type="checkbox" checked={flag} disabled={!editable} onChange={(e) => changeFlag(e.target.checked)} className="h-4 w-4" />
          Perbaikan<span className="sr-only"> {row.code}</span>
        </label>
        <RowCell label="Bukti" text={String(row.evidence)} warn={row.evidence === 0} />
        <RowCell label="Diskusi" text={String(row.comments)} />
        <span className="min-h-5 empty:hidden md:w-28 md:shrink-0 md:empty:block"><SaveBadge status={status} onRetry={retry} /></span>
      </div>
      {status.kind === "conflict" && (
        <div className="mt-2">
          <ConflictNotice
            current={status.current}
            describe={(v) => describeAnswerInline(question, v)}
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
      <div id={detailsId} hidden={!open} className="mt-2 space-y-3 rounded-lg bg-slate-50 p-3">
        {open && (
          <>
            <p className="text-sm font-medium">{question.text}</p>
            {guidanceToShow(question) && <p className="text-sm text-slate-700">Petunjuk: {guidanceToShow(question)}</p>}
            <p className="text-sm">Jawaban unit: <strong>{describeAnswerInline(question, row.unitAnswer)}</strong></p>
            <form className="space-y-3" onSubmit={(e) => e.preventDefault()} noValidate aria-label={`Rincian penilaian TPI ${row.code}`}>
              {!isChoice && <QuestionInputs question={question} register={form.register} errors={form.formState.errors} disabled={!editable} />}
              <div>
                <label htmlFor={`tt-${row.code}-note`} className="block text-sm font-medium">Catatan TPI (opsional)</label>
                <textarea id={`tt-${row.code}-note`} rows={2} maxLength={NOTE_MAX} disabled={!editable} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm disabled:bg-slate-100" {...form.register("note")} />
              </div>
            </form>
            {details}
          </>
        )}
      </div>
    </li>
  );
}

function unitAnswerLabel(answer: unknown): string {
  if (answer === null || answer === undefined) return "–";
  if (typeof answer === "string") return optionLabel(answer);
  if (typeof answer === "number") return String(answer).replace(".", ",");
  return "angka";
}
