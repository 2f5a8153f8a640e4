"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { toTotalsSeries } from "@/lib/dashboard/chart-series";
import { AXIS_TEXT, TPI_COLOR, UNIT_COLOR, WBBM_COLOR, WBBM_TEXT, WBK_COLOR, WBK_TEXT, formatChartValue } from "./chart-format";

type Props = { data: ReturnType<typeof toTotalsSeries>; totalWbk: number; totalWbbm: number };

/**
 * Unit and TPI totals per unit (one page of the dashboard's list, ≤ 20), with Tabel 6's total
 * minimums as reference lines. Server rendering stays on: recharts draws only after it has measured
 * its container, so the server emits just this fixed-height frame (measured ~0.05 ms), which also
 * keeps the layout from jumping when the bars appear.
 */
export function TotalsBarChart({ data, totalWbk, totalWbbm }: Props) {
  // Wide enough for every unit's pair of bars; the frame scrolls on a phone.
  const minWidth = Math.max(320, data.length * 56 + 72);
  return (
    <div className="overflow-x-auto" data-testid="totals-chart">
      <div style={{ minWidth, height: 320 }}>
        <ResponsiveContainer width="100%" height="100%">
          {/* The right margin holds the Tabel 6 lines' labels, outside the bars they would otherwise cover. */}
          <BarChart data={data} margin={{ top: 16, right: 72, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="code" tick={{ fontSize: 11, fill: AXIS_TEXT }} interval={0} />
            <YAxis domain={[0, 100]} tick={{ fontSize: 11, fill: AXIS_TEXT }} />
            <Tooltip formatter={formatChartValue} labelFormatter={(code) => data.find((d) => d.code === code)?.name ?? String(code)} />
            <Legend />
            <ReferenceLine y={totalWbk} stroke={WBK_COLOR} strokeDasharray="4 4" label={{ value: `WBK ${totalWbk}`, position: "right", fontSize: 11, fill: WBK_TEXT }} />
            <ReferenceLine y={totalWbbm} stroke={WBBM_COLOR} strokeDasharray="4 4" label={{ value: `WBBM ${totalWbbm}`, position: "right", fontSize: 11, fill: WBBM_TEXT }} />
            <Bar dataKey="unit" name="Nilai unit (mandiri)" fill={UNIT_COLOR} />
            <Bar dataKey="tpi" name="Nilai TPI" fill={TPI_COLOR} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
