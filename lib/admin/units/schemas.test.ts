import { describe, expect, it } from "vitest";
import { parseUnitFilter, UnitCreateSchema, UnitUpdateSchema } from "./schemas";

const valid = { code: "rsud-drajat", name: "  RSUD dr. Drajat Prawiranegara ", kind: "OPD", parentId: "" };

describe("UnitCreateSchema", () => {
  it("trims, upper-cases the code and turns a blank parent into null", () => {
    expect(UnitCreateSchema.parse(valid)).toEqual({ code: "RSUD-DRAJAT", name: "RSUD dr. Drajat Prawiranegara", kind: "OPD", parentId: null });
  });

  it("accepts its own output again (the form's values are parsed once more by the action)", () => {
    const once = UnitCreateSchema.parse(valid);
    expect(UnitCreateSchema.parse(once)).toEqual(once);
  });

  it.each(["DIN KES", "-DINKES", "DINKES-", "DIN--KES", "DINKES_1", "D", "A".repeat(33)])("refuses the code %j", (code) => {
    const result = UnitCreateSchema.safeParse({ ...valid, code });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["code"]);
  });

  it("refuses an unknown kind, a short name and a parent that is not an id", () => {
    const result = UnitCreateSchema.safeParse({ ...valid, kind: "DINAS", name: "X", parentId: "dinkes" });
    expect(result.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["kind", "name", "parentId"]);
  });
});

describe("UnitUpdateSchema", () => {
  it("needs the unit's id", () => {
    expect(UnitUpdateSchema.safeParse(valid).success).toBe(false);
    expect(UnitUpdateSchema.safeParse({ ...valid, id: crypto.randomUUID() }).success).toBe(true);
  });
});

describe("parseUnitFilter", () => {
  it("reads the search parameters and falls back on anything unknown", () => {
    expect(parseUnitFilter({ q: [" dinas ", "x"], status: "inactive" })).toEqual({ q: "dinas", status: "inactive" });
    expect(parseUnitFilter({ status: "deleted" })).toEqual({ q: "", status: "all" });
  });
});
