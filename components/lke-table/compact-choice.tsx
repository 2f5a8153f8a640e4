"use client";

import type { UseFormRegister } from "react-hook-form";
import type { AnswerFormValues } from "@/lib/assessment/answer-form";
import type { Question } from "@/lib/lke/schema";
import { optionLabel } from "./choice-keys";

type Props = { question: Question; register: UseFormRegister<AnswerFormValues>; disabled: boolean; idPrefix: string };

/** The options of a question as a row of small buttons (Ya/Tidak, A–E); each one's text is its title and its accessible name. */
export function CompactChoice({ question, register, disabled, idPrefix }: Props) {
  return (
    <fieldset disabled={disabled} className="flex flex-wrap gap-1">
      <legend className="sr-only">Jawaban {question.code}</legend>
      {(question.options ?? []).map((option) => (
        <label
          key={option.code}
          title={option.text}
          className="inline-flex h-8 min-w-8 cursor-pointer items-center justify-center rounded border border-slate-300 bg-white px-2 text-sm font-semibold text-slate-800 hover:bg-brand-50 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-700 has-[:checked]:text-white has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-70 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 has-[:focus-visible]:ring-offset-1"
        >
          <input id={`${idPrefix}-${option.code}`} type="radio" value={option.code} className="sr-only" {...register("choice")} />
          {optionLabel(option.code)}
          <span className="sr-only">: {option.text}</span>
        </label>
      ))}
    </fieldset>
  );
}
