import { describe, expect, it } from "vitest";
import { ONE, ZERO } from "./exact";
import { type RatioRule, type ReductionRule, ratioValue, reductionValue, surveyValue } from "./question-value";
import { scoreAssessment } from "./score-assessment";
import { loadPm90 } from "./test-support";

const ratio = (zeroDenominatorValue = ZERO): RatioRule => ({
  kind: "ratio", numerator: ["done"], denominator: ["dueA", "dueB"], cap: ONE, zeroDenominatorValue,
});
const reduction: ReductionRule = {
  kind: "reduction", previous: "last", current: "now", bothZeroValue: ONE, previousZeroCurrentPositiveValue: ZERO,
};

describe("ratio", () => {
  it("divides the sum of numerators by the sum of denominators, reduced", () => {
    // 6 / (4 + 5) = 2/3
    expect(ratioValue(ratio(), { done: 6, dueA: 4, dueB: 5 })).toEqual({ num: 2n, den: 3n });
  });
  it("caps the ratio at 1", () => {
    // 12 / (4 + 6) = 1.2 → cap 1
    expect(ratioValue(ratio(), { done: 12, dueA: 4, dueB: 6 })).toEqual({ num: 1n, den: 1n });
  });
  it("uses zeroDenominatorValue 0 when nothing is due", () => {
    expect(ratioValue(ratio(ZERO), { done: 3, dueA: 0, dueB: 0 })).toEqual({ num: 0n, den: 1n });
  });
  it("uses zeroDenominatorValue 1 when nothing is due", () => {
    expect(ratioValue(ratio(ONE), { done: 0, dueA: 0, dueB: 0 })).toEqual({ num: 1n, den: 1n });
  });
  it("stays exact past 2^53", () => {
    // (2^53 − 1) / ((2^53 − 1) + (2^53 − 1)) = 1/2, although the sum is not a safe integer
    const big = Number.MAX_SAFE_INTEGER;
    expect(ratioValue(ratio(), { done: big, dueA: big, dueB: big })).toEqual({ num: 1n, den: 2n });
  });
});

describe("reduction (penurunan pelanggaran disiplin)", () => {
  it("is (previous − current) / previous", () => {
    // (10 − 4) / 10 = 3/5
    expect(reductionValue(reduction, { last: 10, now: 4 })).toEqual({ num: 3n, den: 5n });
  });
  it("is 0 when violations did not go down", () => {
    expect(reductionValue(reduction, { last: 4, now: 4 })).toEqual({ num: 0n, den: 1n });
    expect(reductionValue(reduction, { last: 4, now: 9 })).toEqual({ num: 0n, den: 1n });
  });
  it("is bothZeroValue (1) when there were none and are none", () => {
    expect(reductionValue(reduction, { last: 0, now: 0 })).toEqual({ num: 1n, den: 1n });
  });
  it("is previousZeroCurrentPositiveValue (0) when violations appear from none", () => {
    expect(reductionValue(reduction, { last: 0, now: 2 })).toEqual({ num: 0n, den: 1n });
  });
});

describe("survey index", () => {
  it("is index / scaleMax", () => {
    // 3.6 / 4 = 9/10; 3.2 / 4 = 4/5
    expect(surveyValue({ kind: "survey", scaleMax: { num: 4n, den: 1n } }, { num: 18n, den: 5n })).toEqual({ num: 9n, den: 10n });
    expect(surveyValue({ kind: "survey", scaleMax: { num: 4n, den: 1n } }, { num: 16n, den: 5n })).toEqual({ num: 4n, den: 5n });
  });
});

describe("formulas through the PM 90/2021 LKE", () => {
  const lke = loadPm90();
  const total = (answers: Parameters<typeof scoreAssessment>[0]["answers"]) => scoreAssessment({ lke, answers }).total;

  it("ratio with zero denominator: no change agents → 0; no complaints due → 1", () => {
    // A.II.1.i.a (indicator weight 2, 2 questions → 1 point per question), zeroDenominatorValue 0
    expect(total({ "A.II.1.i.a": { jumlah_agen_perubahan: 0, jumlah_perubahan_dibuat: 5 } })).toBe(0);
    // A.II.5.ii.a (weight 3, 1 question), zeroDenominatorValue 1 → 3
    const none = { jumlah_pengaduan_harus_ditindaklanjuti: 0, jumlah_pengaduan_selesai_ditindaklanjuti: 0 };
    expect(total({ "A.II.5.ii.a": none })).toBe(3);
  });

  it("ratio above 1 is capped: 15 changes by 10 agents count as 1", () => {
    // A.II.1.i.a: min(15/10, 1) × 1 = 1
    expect(total({ "A.II.1.i.a": { jumlah_agen_perubahan: 10, jumlah_perubahan_dibuat: 15 } })).toBe(1);
  });

  it("ignores inputs marked unused", () => {
    // A.II.5.ii.a: 3 of 4 complaints settled → 3 × 3/4 = 2.25, whatever is 'sedang diproses'
    const base = { jumlah_pengaduan_harus_ditindaklanjuti: 4, jumlah_pengaduan_selesai_ditindaklanjuti: 3 };
    expect(total({ "A.II.5.ii.a": base })).toBe(2.25);
    expect(total({ "A.II.5.ii.a": { ...base, jumlah_pengaduan_sedang_diproses: 1000 } })).toBe(2.25);
  });

  it("reduction: 8 → 6 violations, both zero, and zero → some", () => {
    const disiplin = (previous: number, current: number) => ({
      jumlah_pelanggaran_tahun_sebelumnya: previous, jumlah_pelanggaran_tahun_ini: current,
    });
    // A.II.3.iii (weight 2, 1 question): 2 × (8 − 6)/8 = 0.5
    expect(total({ "A.II.3.iii.a": disiplin(8, 6) })).toBe(0.5);
    // both 0 → value 1 → 2
    expect(total({ "A.II.3.iii.a": disiplin(0, 0) })).toBe(2);
    // previous 0, current 3 → value 0 → 0
    expect(total({ "A.II.3.iii.a": disiplin(0, 3) })).toBe(0);
  });

  it("mixed choice + ratio indicator: PP A.II.6.i", () => {
    // A.II.6.i (weight 2.5, 2 questions): 2.5 × (0.67 + 3/4) / 2 = 2.5 × 1.42 / 2 = 1.775
    const result = total({
      "A.II.6.i.a": "B",
      "A.II.6.i.b": { jumlah_perijinan_terdata: 4, jumlah_perijinan_dipermudah: 3 },
    });
    expect(result).toBe(1.775);
  });
});
