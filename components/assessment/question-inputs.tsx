"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { AnswerFormValues } from "@/lib/assessment/answer-form";
import type { Question } from "@/lib/lke/schema";

type Props = { question: Question; register: UseFormRegister<AnswerFormValues>; errors: FieldErrors<AnswerFormValues>; disabled: boolean };

/** The control that fits the question type: options, counts for a percentage, or a survey index. */
export function QuestionInputs({ question, register, errors, disabled }: Props) {
  const id = (suffix: string) => `${question.code}-${suffix}`;
  if (question.type === "PERCENT") {
    return (
      <div className="grid gap-3 sm:grid-cols-2">
        {(question.inputs ?? []).map((input) => {
          const error = errors.counts?.[input.key]?.message;
          return (
            <div key={input.key}>
              <label htmlFor={id(input.key)} className="block text-sm font-medium">
                {input.group ? `${input.group} — ` : ""}{input.label}{input.unused ? " (tidak masuk perhitungan)" : ""}
              </label>
              <input
                id={id(input.key)}
                inputMode="numeric"
                disabled={disabled}
                aria-invalid={Boolean(error)}
                aria-describedby={error ? id(`${input.key}-error`) : undefined}
                className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 tabular-nums disabled:bg-slate-100"
                {...register(`counts.${input.key}`)}
              />
              {error && <p id={id(`${input.key}-error`)} className="mt-1 text-sm text-red-700">{error}</p>}
            </div>
          );
        })}
      </div>
    );
  }
  if (question.type === "SURVEY_INDEX") {
    const error = errors.index?.message;
    return (
      <div className="max-w-xs">
        <label htmlFor={id("index")} className="block text-sm font-medium">Indeks hasil survei (0–{question.scaleMax ?? 4})</label>
        <input
          id={id("index")}
          inputMode="decimal"
          placeholder="mis. 3,45"
          disabled={disabled}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? id("index-error") : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 tabular-nums disabled:bg-slate-100"
          {...register("index")}
        />
        {error && <p id={id("index-error")} className="mt-1 text-sm text-red-700">{error}</p>}
      </div>
    );
  }
  return (
    <fieldset disabled={disabled}>
      <legend className="sr-only">Jawaban {question.code}</legend>
      <div className="space-y-2">
        {(question.options ?? []).map((option) => (
          <label key={option.code} className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 p-2 hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" value={option.code} className="mt-1" {...register("choice")} />
            <span className="text-sm">
              <strong className="mr-1">{option.code === "YA" ? "Ya" : option.code === "TIDAK" ? "Tidak" : option.code}.</strong>
              {option.text}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
