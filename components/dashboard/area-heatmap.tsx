import type { AreaLevel, toHeatmapRows } from "@/lib/dashboard/chart-series";
import type { AreaCode } from "@/lib/lke/schema";
import { formatNumber } from "@/lib/format";

type Props = { rows: ReturnType<typeof toHeatmapRows>; areaNames: Record<AreaCode, string>; areaWbk: number; areaWbbm: number };

const LEVEL_CLASS: Record<AreaLevel, string> = {
  wbbm: "bg-emerald-100 text-emerald-900",
  wbk: "bg-amber-100 text-amber-900",
  below: "bg-red-100 text-red-900",
};
const AREAS: readonly AreaCode[] = ["MP", "TL", "SDM", "AK", "PW", "PP"];

/** Area percentages per unit (of the rows given: one page of the list) against Tabel 6's area minimums; the number is in every cell, colour only repeats it. */
export function AreaHeatmap({ rows, areaNames, areaWbk, areaWbbm }: Props) {
  const label: Record<AreaLevel, string> = { wbbm: `≥ ${areaWbbm}% (WBBM)`, wbk: `${areaWbk}–${areaWbbm}% (WBK)`, below: `< ${areaWbk}%` };
  return (
    <section aria-labelledby="peta-area" className="rounded-xl border border-slate-200 bg-white p-4">
      <h3 id="peta-area" className="font-semibold">Persentase nilai per area</h3>
      <p className="mt-1 flex flex-wrap gap-2 text-xs">
        {(["wbbm", "wbk", "below"] as const).map((level) => (
          <span key={level} className={`rounded px-2 py-0.5 ${LEVEL_CLASS[level]}`}>{label[level]}</span>
        ))}
        <span className="text-slate-600">Nilai TPI bila sudah ada, selain itu nilai unit (ditandai *).</span>
      </p>
      <p className="mt-2 text-xs text-slate-600 sm:hidden">Geser tabel ke samping untuk melihat semua area; nama unit tetap di kiri.</p>
      {/* On a phone the table scrolls sideways with the unit's name held at the left (issue 12). */}
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Tabel persentase nilai per area, dapat digeser">
        <table className="w-full min-w-[30rem] text-sm" data-testid="area-heatmap">
          <caption className="sr-only">Persentase nilai setiap area per unit kerja</caption>
          <thead>
            <tr className="text-left text-xs text-slate-600">
              <th scope="col" className="sticky left-0 bg-white px-2 py-2">Unit kerja</th>
              {AREAS.map((a) => (
                <th key={a} scope="col" className="px-2 py-2 text-right"><abbr title={areaNames[a]}>{a}</abbr></th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unitId} className="border-t border-slate-100">
                <th scope="row" className="sticky left-0 max-w-[9rem] bg-white px-2 py-1.5 text-left font-medium sm:max-w-none">{row.unitName}{row.basis === "UNIT" ? " *" : ""}</th>
                {row.cells.map((cell) => (
                  <td key={cell.area} className={`px-2 py-1.5 text-right tabular-nums ${LEVEL_CLASS[cell.level]}`} title={`${areaNames[cell.area]}: ${label[cell.level]}`}>
                    {formatNumber(cell.percent, 1)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
