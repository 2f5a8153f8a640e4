import { describe, expect, it } from "vitest";
import { describeCheckValue } from "./check-value";

describe("describeCheckValue", () => {
  it("writes an area's threshold as a percent with where the unit stands (Tabel 6: 60% of the area's weight)", () => {
    expect(describeCheckValue({ rule: "areaMinPercent", actual: 50.2, required: 60 })).toBe("60% (kini 50,2%)");
  });
  it("writes point thresholds as points, not percents", () => {
    expect(describeCheckValue({ rule: "totalMin", actual: 60.125, required: 75 })).toBe("75,00 (kini 60,13)");
  });
  it("writes the 'already WBK' condition of Menuju WBBM in words", () => {
    expect(describeCheckValue({ rule: "requiresWbk", actual: false, required: true })).toBe("harus sudah berpredikat WBK (kini belum)");
    expect(describeCheckValue({ rule: "requiresWbk", actual: true, required: true })).toBe("harus sudah berpredikat WBK (kini sudah)");
  });
});
