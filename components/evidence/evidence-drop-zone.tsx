"use client";

import { type DragEvent, useId, useState } from "react";
import { ACCEPT_ATTRIBUTE, ACCEPTED_TYPES_TEXT } from "@/lib/evidence/type-policy";

type Props = { maxMb: number; onFiles: (files: File[]) => void };

/**
 * Drop files here, or pick them: the real file input stays in the tab order (visually hidden,
 * its label is the visible "Pilih berkas" button, which shows the input's focus ring).
 */
export function EvidenceDropZone({ maxMb, onFiles }: Props) {
  const id = useId();
  const [over, setOver] = useState(false);
  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes("Files");
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setOver(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={`rounded-lg border-2 border-dashed p-4 text-center text-sm ${over ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-slate-50"}`}
    >
      <p className="mb-2 hidden text-slate-700 sm:block">Seret berkas ke sini, atau</p>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        aria-describedby={`${id}-hint`}
        className="peer sr-only"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = ""; // the same file can be picked again after a refusal
          if (files.length > 0) onFiles(files);
        }}
      />
      <label
        htmlFor={id}
        className="inline-flex min-h-10 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 font-semibold text-slate-800 hover:bg-slate-100 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600"
      >
        Pilih berkas
      </label>
      <p id={`${id}-hint`} className="mt-2 text-xs text-slate-600">
        {ACCEPTED_TYPES_TEXT}; paling besar {maxMb} MB per berkas. Beberapa berkas sekaligus boleh.
      </p>
    </div>
  );
}
