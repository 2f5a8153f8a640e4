import { describe, expect, it } from "vitest";
import { getLkeVersion, listLkeVersionIds } from "./index";

describe("LKE version registry", () => {
  it("lists pm90-2021 and returns it, validated, once", () => {
    expect(listLkeVersionIds()).toEqual(["pm90-2021"]);
    const lke = getLkeVersion("pm90-2021");
    expect(lke?.id).toBe("pm90-2021");
    expect(getLkeVersion("pm90-2021")).toBe(lke);
  });

  it("knows nothing of other ids", () => {
    expect(getLkeVersion("pm99-2030")).toBeUndefined();
    expect(getLkeVersion("toString")).toBeUndefined();
  });

  it("holds 113 questions: 17 YA_TIDAK, 36 ABC, 33 ABCD, 17 ABCDE, 8 PERCENT, 2 SURVEY_INDEX", () => {
    const lke = getLkeVersion("pm90-2021");
    const types = (lke?.components ?? [])
      .flatMap((c) => c.parts)
      .flatMap((p) => [...(p.areas ?? []).flatMap((a) => a.indicators), ...(p.indicators ?? [])])
      .flatMap((i) => i.questions.map((q) => q.type));
    const count = (type: string) => types.filter((t) => t === type).length;
    expect(types).toHaveLength(113);
    expect([count("YA_TIDAK"), count("ABC"), count("ABCD"), count("ABCDE"), count("PERCENT"), count("SURVEY_INDEX")]).toEqual([
      17, 36, 33, 17, 8, 2,
    ]);
  });
});
