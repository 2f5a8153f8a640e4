"use client";

import { type Ref, useEffect, useRef } from "react";
import type { ParticipantOption } from "@/lib/admin/periods/queries";
import { UNIT_KIND_LABELS } from "@/lib/admin/units/schemas";

type Props = {
  id: string;
  legend: string;
  units: ParticipantOption[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  /** react-hook-form focuses this (the "pilih semua" box) when the field has an error. */
  ref?: Ref<HTMLInputElement>;
};

/** Checkboxes for the participating units, with "pilih semua" (indeterminate when some are chosen). */
export function UnitChecklist({ id, legend, units, value, onChange, error, ref }: Props) {
  const all = useRef<HTMLInputElement | null>(null);
  const chosen = new Set(value);
  const count = units.filter((unit) => chosen.has(unit.id)).length;
  useEffect(() => {
    if (all.current) all.current.indeterminate = count > 0 && count < units.length;
  }, [count, units.length]);
  const setRefs = (node: HTMLInputElement | null) => {
    all.current = node;
    if (typeof ref === "function") ref(node);
    else if (ref) ref.current = node;
  };
  const toggle = (unitId: string, on: boolean) => onChange(on ? [...value, unitId] : value.filter((v) => v !== unitId));

  return (
    <fieldset aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {legend} <span className="text-red-700">*<span className="sr-only">(wajib)</span></span>
      </legend>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 pb-2">
        <label className="inline-flex min-h-10 items-center gap-2 text-sm font-semibold">
          <input
            ref={setRefs}
            type="checkbox"
            className="size-4"
            checked={units.length > 0 && count === units.length}
            onChange={(event) => onChange(event.target.checked ? units.map((unit) => unit.id) : [])}
          />
          Pilih semua
        </label>
        <span id={`${id}-count`} className="text-xs text-slate-600" aria-live="polite">
          {count} dari {units.length} unit dipilih
        </span>
      </div>
      <ul className="mt-2 grid max-h-80 gap-1 overflow-y-auto sm:grid-cols-2">
        {units.map((unit) => (
          <li key={unit.id}>
            <label className="flex min-h-10 items-start gap-2 rounded-md px-1 py-2 text-sm hover:bg-slate-50">
              <input type="checkbox" className="mt-0.5 size-4 shrink-0" checked={chosen.has(unit.id)} onChange={(event) => toggle(unit.id, event.target.checked)} />
              <span>
                {unit.name} <span className="text-xs text-slate-600">({unit.code} · {UNIT_KIND_LABELS[unit.kind]})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
