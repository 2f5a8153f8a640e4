"use client";

import { type KeyboardEvent, type ReactNode, useCallback, useState } from "react";
import { ConflictNotice } from "@/components/assessment/conflict-notice";
import { QuestionInputs } from "@/components/assessment/question-inputs";
import { SaveBadge } from "@/components/assessment/save-badge";
import { useAutosavedAnswerForm } from "@/components/assessment/use-autosaved-answer-form";
import { NOTE_MAX, toFormValues } from "@/lib/assessment/answer-form";
import type { LkeTableRow } from "@/lib/assessment/lke-table";
import { describeAnswerInline } from "@/lib/review/describe-answer";
import { choiceForKey, keyHint } from "./choice-keys";
import { CompactChoice } from "./compact-choice";
import { RowCell, RowHandle, RowValue } from "./row-parts";
import { isTextField } from "./use-row-keys";
import { guidanceToShow } from "@/lib/lke/guidance";

type Props = {
  assessmentId: string;
  row: LkeTableRow;
  tpiVisible: boolean;
  /** Bukti dukung and discussion of the question (server-rendered), shown when the row is open. */
  details: ReactNode;
  onValue: (code: string, value: number | null) => void;
  /** After an answer from the keyboard: the table moves on to the next row. */
  onAnswered: (code: string) => void;
};

/** One question of the unit's LKE as a table row, saved through the card's own autosave. */
export function UnitTableRow({ assessmentId, row, tpiVisible, details, onValue, onAnswered }: Props) {
  const { question } = row;
  const [value, setValue] = useState(row.value);
  const [open, setOpen] = useState(false);
  const reportValue = useCallback((v: number | null) => {
    setValue(v);
    onValue(row.code, v);
  }, [onValue, row.code]);
  const { form, status, sendNow, adoptVersion, retry } = useAutosavedAnswerForm({ assessmentId, question, initial: { values: row.initialValues, version: row.version }, onValue: reportValue });
  const isChoice = (question.options ?? []).length > 0;
  const detailsId = `rincian-${row.code}`;

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!row.editable || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
    const choice = choiceForKey(question, event.key);
    if (!choice) return;
    event.preventDefault();
    form.setValue("choice", choice, { shouldDirty: true });
    onAnswered(row.code);
  };

  return (
    <li id={`baris-${row.code}`} data-row={row.code} data-answered={value !== null} onKeyDown={onKeyDown} className={`scroll-mt-28 scroll-mb-4 border-b border-slate-100 px-2 py-1.5 ${row.returned ? "bg-amber-50" : ""}`}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 md:flex-nowrap md:gap-x-3">
        <RowHandle code={row.code} open={open} controls={detailsId} onToggle={() => setOpen((o) => !o)} hint={row.editable ? keyHint(question) : null} />
        <p className="min-w-0 flex-1 basis-[calc(100%-6rem)] text-sm md:basis-0" title={question.text}>
          <span className="line-clamp-2">{question.text}</span>
          {row.needsRecheck && <span className="ml-1 text-xs font-semibold text-amber-800">· perlu dicek ulang</span>}
          {row.returned && <span className="ml-1 text-xs font-semibold text-amber-800">· dikembalikan TPI</span>}
        </p>
        <form className="md:w-56 md:shrink-0" onSubmit={(e) => e.preventDefault()} noValidate aria-label={`Jawaban ${row.code}`}>
          {isChoice ? (
            <CompactChoice question={question} register={form.register} disabled={!row.editable} idPrefix={`t-${row.code}`} />
          ) : (
            <button type="button" onClick={() => setOpen(true)} className="rounded border border-slate-300 bg-white px-2 py-1 text-sm text-brand-700 underline" aria-controls={detailsId}>
              {row.editable ? "Isi angka" : "Lihat angka"}
            </button>
          )}
        </form>
        <RowValue label="Nilai" value={value} testId={`row-value-${row.code}`} />
        <RowCell label="Bukti" text={String(row.evidence)} warn={row.evidence === 0} />
        <RowCell label="Diskusi" text={String(row.comments)} />
        {tpiVisible && <RowValue label="Nilai TPI" value={row.tpiValue} />}
        <span className="min-h-5 empty:hidden md:w-28 md:shrink-0 md:empty:block"><SaveBadge status={status} onRetry={retry} /></span>
      </div>
      {status.kind === "conflict" && (
        <div className="mt-2">
          <ConflictNotice
            current={status.current}
            describe={(v) => describeAnswerInline(question, v)}
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
      <div id={detailsId} hidden={!open} className="mt-2 space-y-3 rounded-lg bg-slate-50 p-3">
        {open && (
          <>
            <p className="text-sm font-medium">{question.text}</p>
            {row.returned && <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm" role="note">Catatan TPI: {row.returnedNote ?? "TPI tidak menulis catatan; lihat diskusi."}</p>}
            {guidanceToShow(question) && <p className="text-sm text-slate-700">Petunjuk: {guidanceToShow(question)}</p>}
            <form className="space-y-3" onSubmit={(e) => e.preventDefault()} noValidate aria-label={`Rincian jawaban ${row.code}`}>
              {!isChoice && <QuestionInputs question={question} register={form.register} errors={form.formState.errors} disabled={!row.editable} />}
              <div>
                <label htmlFor={`t-${row.code}-note`} className="block text-sm font-medium">Catatan (opsional)</label>
                <textarea id={`t-${row.code}-note`} rows={2} maxLength={NOTE_MAX} disabled={!row.editable} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm disabled:bg-slate-100" {...form.register("note")} />
              </div>
            </form>
            {details}
          </>
        )}
      </div>
    </li>
  );
}
