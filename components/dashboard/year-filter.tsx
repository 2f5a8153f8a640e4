type Props = { years: number[]; selected: number; action: string };

/** A plain GET form: works without JavaScript and keeps the year in the address. */
export function YearFilter({ years, selected, action }: Props) {
  return (
    <form method="get" action={action} className="flex items-end gap-2" role="search" aria-label="Saring periode">
      <div>
        <label htmlFor="tahun" className="block text-sm font-medium text-slate-700">Tahun evaluasi</label>
        <select id="tahun" name="tahun" defaultValue={String(selected)} className="mt-1 min-h-10 rounded-md border border-slate-300 bg-white px-3 text-sm">
          {years.map((year) => (
            <option key={year} value={year}>{year}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold hover:bg-slate-100">Tampilkan</button>
    </form>
  );
}
