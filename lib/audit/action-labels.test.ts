import { describe, expect, it } from "vitest";
import { actionLabel, questionCodeOf } from "./action-labels";

describe("action labels", () => {
  it("labels known actions in Bahasa Indonesia and shows unknown ones by their code", () => {
    expect(actionLabel("answer.unit_update")).toBe("mengubah jawaban");
    expect(actionLabel("assessment.finalize")).toBe("memfinalkan penilaian");
    expect(actionLabel("predicate.open_monitoring")).toBe("membuka penilaian monitoring predikat");
    expect(actionLabel("sesuatu.baru")).toBe("sesuatu.baru");
  });

  it("finds the question of an answer or evidence event", () => {
    expect(questionCodeOf({ entityType: "Answer", entityId: "B.II.a.a", before: null, after: null })).toBe("B.II.a.a");
    expect(questionCodeOf({ entityType: "Evidence", entityId: "uuid", before: { questionCode: "A.I.1.i.a" }, after: null })).toBe("A.I.1.i.a");
    expect(questionCodeOf({ entityType: "Assessment", entityId: "uuid", before: { state: "DRAFT" }, after: null })).toBeNull();
  });
});
