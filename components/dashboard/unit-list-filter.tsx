import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { isFiltered, type UnitListQuery } from "@/lib/dashboard/unit-list";
import { unitListHref } from "@/lib/dashboard/unit-list-links";
import { STATE_LABELS } from "@/lib/format";

type Props = { query: UnitListQuery; path: string; year: number };

const STATES = Object.keys(STATE_LABELS) as (keyof typeof STATE_LABELS)[];

/**
 * A plain GET form: filtering works without JavaScript and the address can be shared. It sends no
 * `halaman`, so a new filter starts at page 1; the hidden year keeps the period.
 */
export function UnitListFilter({ query, path, year }: Props) {
  return (
    <form method="get" action={path} role="search" aria-label="Saring daftar unit" className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <input type="hidden" name="tahun" value={year} />
      <TextField id="saring-cari" name="cari" type="search" label="Cari unit kerja" placeholder="Nama atau kode" defaultValue={query.search} className="min-w-0 flex-1 basis-56" />
      <SelectField id="saring-status" name="status" label="Status" defaultValue={query.state ?? ""} className="min-w-0 grow basis-40">
        <option value="">Semua status</option>
        {STATES.map((state) => (
          <option key={state} value={state}>{STATE_LABELS[state]}</option>
        ))}
      </SelectField>
      <SelectField id="saring-kesiapan" name="kesiapan" label="Kesiapan" defaultValue={query.readiness ?? ""} className="min-w-0 grow basis-40">
        <option value="">Semua</option>
        <option value="siap">Siap diusulkan (final)</option>
        <option value="perkiraan">Perkiraan memenuhi (belum final)</option>
        <option value="belum">Belum siap</option>
      </SelectField>
      <SelectField id="saring-urut" name="urut" label="Urutkan" defaultValue={query.sort} className="min-w-0 grow basis-40">
        <option value="nilai">Nilai tertinggi</option>
        <option value="nama">Nama unit (A–Z)</option>
      </SelectField>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>Terapkan</button>
        {isFiltered(query) && <ClearFilterLink query={query} path={path} year={year} />}
      </div>
    </form>
  );
}

/** Back to every unit of the period; the chosen order stays, it is not a filter. */
export function ClearFilterLink({ query, path, year, className = buttonClass("secondary") }: Props & { className?: string }) {
  return <Link href={unitListHref({ path, year, query: { sort: query.sort } })} prefetch={false} className={className}>Hapus saringan</Link>;
}
