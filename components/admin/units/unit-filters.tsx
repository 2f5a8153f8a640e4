import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { UnitFilter } from "@/lib/admin/units/schemas";

const STATUS_LABELS = { all: "Semua", active: "Aktif", inactive: "Nonaktif" } as const;

/** A plain GET form: filtering works without JavaScript and the URL can be shared. */
export function UnitFilters({ filter }: { filter: UnitFilter }) {
  const filtered = filter.q !== "" || filter.status !== "all";
  return (
    <form method="get" role="search" aria-label="Saring unit kerja" className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <TextField id="q" name="q" type="search" label="Cari nama atau kode" defaultValue={filter.q} className="min-w-0 flex-1 basis-56" />
      <SelectField id="status" name="status" label="Status" defaultValue={filter.status} className="grow basis-36 sm:grow-0">
        {Object.entries(STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          Terapkan
        </button>
        {filtered && (
          <Link href="/admin/units" className={buttonClass("secondary")}>
            Hapus filter
          </Link>
        )}
      </div>
    </form>
  );
}
