import { describe, expect, it } from "vitest";
import { areaLevel, countStates, splitReadiness, toHeatmapRows, toHistorySeries, toRadarSeries, toTotalsSeries } from "./chart-series";
import { areas, row, summary, tpi } from "./row-fixture";

const thresholds = { areaWbk: 60, areaWbbm: 75 };

describe("chart series", () => {
  it("puts the unit's and the TPI's totals side by side, null before the review", () => {
    const rows = [row("a", { unit: summary(80.5, areas(80)) }), row("b", { unit: summary(90, areas(90)), tpi: tpi(70.25, areas(70)) })];
    expect(toTotalsSeries(rows)).toEqual([
      { code: "A", name: "Dinas a", unit: 80.5, tpi: null },
      { code: "B", name: "Dinas b", unit: 90, tpi: 70.25 },
    ]);
  });

  it("colours an area against 60% and 75%, the boundary meeting the threshold", () => {
    expect([59.99, 60, 74.99, 75, 100].map((p) => areaLevel(p, thresholds))).toEqual(["below", "wbk", "wbk", "wbbm", "wbbm"]);
  });

  it("builds the heatmap from the TPI's percentages when there are some, else the unit's own", () => {
    const [own, reviewed] = toHeatmapRows([row("a", { unit: summary(0, areas(80, 10)) }), row("b", { unit: summary(0, areas(90)), tpi: tpi(0, areas(61, 75)) })], thresholds);
    expect(own).toMatchObject({ unitId: "u-a", basis: "UNIT" });
    expect(own!.cells.map((c) => [c.area, c.percent, c.level])).toEqual([["MP", 80, "wbbm"], ["TL", 10, "below"], ["SDM", 10, "below"], ["AK", 10, "below"], ["PW", 10, "below"], ["PP", 10, "below"]]);
    expect(reviewed!.basis).toBe("TPI");
    expect(reviewed!.cells.map((c) => c.level)).toEqual(["wbk", "wbbm", "wbbm", "wbbm", "wbbm", "wbbm"]);
  });

  it("gives the radar one point per area with both sides", () => {
    const names = { MP: "Manajemen Perubahan", TL: "TL", SDM: "SDM", AK: "AK", PW: "PW", PP: "PP" };
    const points = toRadarSeries(row("a", { unit: summary(0, areas(90, 20)), tpi: tpi(0, areas(70, 30)) }), names);
    expect(points[0]).toEqual({ area: "MP", name: "Manajemen Perubahan", unit: 90, tpi: 70 });
    expect(points.map((p) => p.tpi)).toEqual([70, 30, 30, 30, 30, 30]);
    expect(toRadarSeries(row("b"), names).every((p) => p.tpi === null)).toBe(true);
  });

  it("orders history by year and takes the evaluated side for areas", () => {
    const series = toHistorySeries([
      { period: { year: 2024 }, row: row("a", { unit: summary(88, areas(88)), tpi: tpi(77, areas(77)) }) },
      { period: { year: 2022 }, row: row("a", { unit: summary(55, areas(55)) }) },
    ]);
    expect(series.map((p) => [p.year, p.total, p.unitTotal, p.basis, p.MP, p.TL])).toEqual([[2022, 55, 55, "UNIT", 55, 50], [2024, 77, 88, "TPI", 77, 50]]);
  });

  it("counts every state, zero included", () => {
    expect(countStates([row("a"), row("b", { state: "FINAL" }), row("c")])).toEqual([
      { state: "DRAFT", count: 2 }, { state: "SUBMITTED", count: 0 }, { state: "IN_REVIEW", count: 0 }, { state: "RETURNED", count: 0 }, { state: "FINAL", count: 1 },
    ]);
  });

  it("splits ready (FINAL only), perkiraan and not ready, best evaluated total first", () => {
    const rows = [
      row("low"),
      row("wbk", { target: "WBK", basis: "FINAL", state: "FINAL", unit: summary(99, areas(99)), tpi: tpi(80, areas(80)) }),
      row("wbbm", { target: "WBBM", basis: "FINAL", state: "FINAL", unit: summary(90, areas(90)) }),
      row("claim", { target: "WBK", basis: "UNIT", unit: summary(95, areas(95)) }),
      row("mid", { unit: summary(70, areas(70)) }),
    ];
    const { ready, estimated, notReady } = splitReadiness(rows);
    expect(ready.map((r) => r.unitCode)).toEqual(["WBBM", "WBK"]);
    expect(estimated.map((r) => r.unitCode)).toEqual(["CLAIM"]);
    expect(notReady.map((r) => r.unitCode)).toEqual(["MID", "LOW"]);
  });
});
