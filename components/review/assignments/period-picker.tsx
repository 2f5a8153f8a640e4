import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/form-field";

type Props = { periods: { id: string; year: number; name: string; status: "OPEN" | "CLOSED" }[]; selected: string };

/** A plain GET form: works without JavaScript and keeps the chosen period in the address. */
export function PeriodPicker({ periods, selected }: Props) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="period" className="block text-sm font-medium text-slate-800">Periode evaluasi</label>
        <select id="period" name="period" defaultValue={selected} className={controlClass}>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>{p.name}{p.status === "CLOSED" ? " (ditutup)" : ""}</option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>Tampilkan</button>
    </form>
  );
}
