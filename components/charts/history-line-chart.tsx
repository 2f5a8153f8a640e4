"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { toHistorySeries } from "@/lib/dashboard/chart-series";
import type { AreaCode } from "@/lib/lke/schema";
import { AREA_COLORS, TPI_COLOR, UNIT_COLOR, formatChartValue } from "./chart-format";

type Props = { data: ReturnType<typeof toHistorySeries>; areaNames: Record<AreaCode, string> };

const AREAS: readonly AreaCode[] = ["MP", "TL", "SDM", "AK", "PW", "PP"];

/** Year over year: the evaluated total, the unit's own total and each area's percentage. */
export function HistoryLineChart({ data, areaNames }: Props) {
  return (
    <div style={{ height: 340 }} data-testid="history-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" tick={{ fontSize: 11 }} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
          <Tooltip formatter={formatChartValue} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Line dataKey="total" name="Nilai total (dinilai)" stroke={TPI_COLOR} strokeWidth={3} />
          <Line dataKey="unitTotal" name="Nilai total unit" stroke={UNIT_COLOR} strokeDasharray="4 4" />
          {AREAS.map((area, i) => (
            <Line key={area} dataKey={area} name={`${area} — ${areaNames[area]} (%)`} stroke={AREA_COLORS[i]} strokeWidth={1} dot={{ r: 2 }} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
