import { formatNumber } from "@/lib/format";

// The small cells of an LKE table row. On a phone a row wraps onto two lines, so each cell
// carries its own label there; on a laptop the table's column headings say it (md:sr-only).

type HandleProps = { code: string; open: boolean; controls: string; onToggle: () => void; hint: string | null };

/** The question's code: the row's focus point for the keyboard, and the button that opens its details. */
export function RowHandle({ code, open, controls, onToggle, hint }: HandleProps) {
  return (
    <button
      type="button"
      data-row-handle
      onClick={onToggle}
      aria-expanded={open}
      aria-controls={controls}
      title={hint ? `Jawab dengan tombol ${hint}; Enter membuka rincian` : "Enter membuka rincian"}
      className="w-20 shrink-0 rounded px-1 py-1 text-left font-mono text-xs font-semibold text-slate-800 hover:bg-slate-100"
    >
      <span aria-hidden="true" className="mr-1 inline-block w-2 text-slate-500">{open ? "▾" : "▸"}</span>
      {code}
      <span className="sr-only">{open ? ", tutup rincian" : ", buka rincian"}</span>
    </button>
  );
}

export function RowCell({ label, text, warn = false }: { label: string; text: string; warn?: boolean }) {
  return (
    <span className={`text-sm tabular-nums md:w-14 md:shrink-0 md:text-right ${warn ? "text-amber-800" : "text-slate-700"}`}>
      <span className="text-xs text-slate-600 md:sr-only">{label} </span>
      {text}
    </span>
  );
}

/** A question value 0–1 as the worksheet writes it (0,67), or a dash while unanswered. */
export function RowValue({ label, value, testId }: { label: string; value: number | null; testId?: string }) {
  return (
    <span className="text-sm font-semibold tabular-nums md:w-14 md:shrink-0 md:text-right" data-testid={testId}>
      <span className="text-xs font-normal text-slate-600 md:sr-only">{label} </span>
      {value === null ? <><span aria-hidden="true">–</span><span className="sr-only">belum dijawab</span></> : formatNumber(value, 2)}
    </span>
  );
}
