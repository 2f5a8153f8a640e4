"use client";

import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";
import type { toRadarSeries } from "@/lib/dashboard/chart-series";
import { TPI_COLOR, UNIT_COLOR, formatChartValue } from "./chart-format";

type Props = { data: ReturnType<typeof toRadarSeries>; hasTpi: boolean };

/** Area percentages (0–100) of the unit's own score and, once reviewed, the TPI's. */
export function AreaRadarChart({ data, hasTpi }: Props) {
  return (
    <div style={{ height: 340 }} data-testid="area-radar">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="70%">
          <PolarGrid />
          <PolarAngleAxis dataKey="area" tick={{ fontSize: 12 }} />
          <PolarRadiusAxis domain={[0, 100]} tick={{ fontSize: 10 }} />
          <Tooltip formatter={formatChartValue} labelFormatter={(area) => data.find((d) => d.area === area)?.name ?? String(area)} />
          <Legend />
          <Radar dataKey="unit" name="Nilai unit (%)" stroke={UNIT_COLOR} fill={UNIT_COLOR} fillOpacity={0.25} />
          {hasTpi && <Radar dataKey="tpi" name="Nilai TPI (%)" stroke={TPI_COLOR} fill={TPI_COLOR} fillOpacity={0.25} />}
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
