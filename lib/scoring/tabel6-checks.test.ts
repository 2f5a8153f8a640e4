import { describe, expect, it } from "vitest";
import type { AnswerValue } from "./answers";
import { scoreAssessment } from "./score-assessment";
import type { ScoreResult } from "./score-types";
import type { CheckRule } from "./tabel6-checks";
import { bestAnswer, lhkpn, listQuestions, loadPm90 } from "./test-support";

// Tabel 6 (PermenPAN-RB 90/2021 Lampiran II): each rule is met at exactly its minimum and missed
// just below it. Every figure below is worked out by hand from the weights of Lampiran III.

const lke = loadPm90();
type Answers = Record<string, AnswerValue>;
const score = (answers: Answers, holdsWbk = false) => scoreAssessment({ lke, answers, holdsWbk });
const check = (result: ScoreResult, set: "WBK" | "WBBM", rule: CheckRule, area?: string) => {
  const found = result.checks[set].find((c) => c.rule === rule && (area === undefined || c.area === area));
  if (!found) throw new Error(`check ${set}.${rule} not found`);
  return found;
};
const failing = (result: ScoreResult, set: "WBK" | "WBBM") =>
  result.checks[set].filter((c) => !c.pass).map((c) => (c.area ? `${c.rule}.${c.area}` : c.rule));

/** Pemenuhan (A.I) all at its best: 30 points, each area at half its weight. */
const pemenuhanBest: Answers = Object.fromEntries(
  listQuestions(lke).filter((q) => q.code.startsWith("A.I.")).map((q) => [q.code, bestAnswer(q)]),
);

/**
 * Total exactly 75 with every WBK rule met:
 * Pemenuhan 30. Reform: MP A.II.1.ii + iii = 1 + 1; TL A.II.2.ii = 1 × (1 + 1)/2 = 1; SDM A.II.3.i = 1.5;
 * AK A.II.4.ii + iii = 1.5 + 1.5; PW A.II.5.i = 2.5 and LHKPN 1/4 × 1 = 0.25; PP A.II.6.ii = 2.5
 * → Reform 12.75, Pengungkit 42.75.
 * Hasil: anti-korupsi 3.6 → 17.5 × 0.9 = 15.75; kinerja C → 5 × 0.5 = 2.5; pelayanan 3.2 → 17.5 × 0.8 = 14
 * → Bersih 18.25, Hasil 32.25. Total 42.75 + 32.25 = 75.
 * Areas: MP 6/8 = 75 %, TL 4.5/7, SDM 6.5/10, AK 8/10, PW 10.25/15, PP 7.5/10 — all ≥ 60 %.
 */
const wbkAtBoundary = (lhkpnReport = lhkpn(1, 4)): Answers => ({
  ...pemenuhanBest,
  "A.II.1.ii.a": "A", "A.II.1.iii.a": "A", "A.II.2.ii.a": "A", "A.II.2.ii.b": "A", "A.II.3.i.a": "A",
  "A.II.4.ii.a": "A", "A.II.4.iii.a": "A", "A.II.5.i.a": "A", "A.II.5.iii.lhkpn.a": lhkpnReport, "A.II.6.ii.a": "A",
  "B.I.a.a": 3.6, "B.I.b.a": "C", "B.II.a.a": 3.2,
});

describe("Menuju WBK", () => {
  it("is met with every rule exactly at its minimum (total 75)", () => {
    const result = score(wbkAtBoundary());
    expect(result.total).toBe(75);
    expect(result.pengungkit).toBe(42.75);
    expect(check(result, "WBK", "totalMin")).toMatchObject({ actual: 75, required: 75, pass: true });
    expect(check(result, "WBK", "bersihAkuntabelMin")).toMatchObject({ actual: 18.25, required: 18.25, pass: true });
    expect(check(result, "WBK", "surveiAntiKorupsiMin")).toMatchObject({ actual: 15.75, required: 15.75, pass: true });
    expect(check(result, "WBK", "kinerjaLebihBaikMin")).toMatchObject({ actual: 2.5, required: 2.5, pass: true });
    expect(check(result, "WBK", "pelayananPrimaMin")).toMatchObject({ actual: 14, required: 14, pass: true });
    expect(failing(result, "WBK")).toEqual([]);
    expect(result.predicate).toBe("WBK");
  });

  it("lists the rules with labels in Bahasa Indonesia, one areaMinPercent per area", () => {
    const result = score(wbkAtBoundary());
    expect(result.checks.WBK.map((c) => (c.area ? `${c.rule}.${c.area}` : c.rule))).toEqual([
      "totalMin", "pengungkitMin", "areaMinPercent.MP", "areaMinPercent.TL", "areaMinPercent.SDM",
      "areaMinPercent.AK", "areaMinPercent.PW", "areaMinPercent.PP", "bersihAkuntabelMin",
      "surveiAntiKorupsiMin", "kinerjaLebihBaikMin", "pelayananPrimaMin",
    ]);
    expect(check(result, "WBK", "totalMin").label).toBe("Nilai total minimal 75");
    expect(check(result, "WBK", "areaMinPercent", "PW").label).toContain("Penguatan Pengawasan minimal 60%");
  });

  it("is missed when the total is 74.9999999", () => {
    // LHKPN 2 499 999 / 10 000 000 instead of 1/4: total 74.75 + 0.2499999 = 74.9999999
    const result = score(wbkAtBoundary(lhkpn(2_499_999, 10_000_000)));
    expect(check(result, "WBK", "totalMin")).toMatchObject({ actual: 74.9999999, pass: false });
    expect(failing(result, "WBK")).toEqual(["totalMin"]);
    expect(result.predicate).toBeNull();
  });

  /**
   * Pengungkit exactly 40: Pemenuhan 30; Reform MP A.II.1.ii 1, TL A.II.2.ii 1, SDM A.II.3.i 1.5,
   * AK A.II.4.ii 1.5, PW A.II.5.i B = 2.5 × 0.75 = 1.875 and LHKPN 5/8 = 0.625, PP A.II.6.ii 2.5 → 10.
   * Hasil all best (40), total 80. Areas: MP 5/8, PW 10/15 — all ≥ 60 %.
   */
  const pengungkit40 = (report: Record<string, number>): Answers => ({
    ...pemenuhanBest,
    "A.II.1.ii.a": "A", "A.II.2.ii.a": "A", "A.II.2.ii.b": "A", "A.II.3.i.a": "A", "A.II.4.ii.a": "A",
    "A.II.5.i.a": "B", "A.II.5.iii.lhkpn.a": report, "A.II.6.ii.a": "A",
    "B.I.a.a": 4, "B.I.b.a": "A", "B.II.a.a": 4,
  });

  it("needs a Pengungkit of 40: exactly 40 passes, 39.9999999 does not", () => {
    const at = score(pengungkit40(lhkpn(5, 8)));
    expect(at.total).toBe(80);
    expect(check(at, "WBK", "pengungkitMin")).toMatchObject({ actual: 40, required: 40, pass: true });
    expect(at.predicate).toBe("WBK");
    // LHKPN 6 249 999 / 10 000 000: Pengungkit 39.375 + 0.6249999 = 39.9999999
    const below = score(pengungkit40(lhkpn(6_249_999, 10_000_000)));
    expect(check(below, "WBK", "pengungkitMin")).toMatchObject({ actual: 39.9999999, pass: false });
    expect(failing(below, "WBK")).toEqual(["pengungkitMin"]);
    expect(below.predicate).toBeNull();
  });

  /** All best except Reform MP, where only A.II.1.i.a counts: MP = 4 + 1 × ratio. */
  const mpWith = (changes: number, agents: number): Answers => {
    const answers: Answers = Object.fromEntries(listQuestions(lke).map((q) => [q.code, bestAnswer(q)]));
    for (const code of ["A.II.1.i.b", "A.II.1.ii.a", "A.II.1.iii.a"]) delete answers[code];
    answers["A.II.1.i.a"] = { jumlah_agen_perubahan: agents, jumlah_perubahan_dibuat: changes };
    return answers;
  };

  it("needs every area at 60 % of its weight: MP 4.8 of 8 passes, 4.7999999 does not", () => {
    // 4 changes by 5 agents: MP = 4 + 0.8 = 4.8 → 4.8 / 8 = 60 %
    const at = score(mpWith(4, 5));
    expect(at.areas.MP).toMatchObject({ score: 4.8, percent: 60 });
    expect(check(at, "WBK", "areaMinPercent", "MP")).toMatchObject({ area: "MP", actual: 60, required: 60, pass: true });
    expect(at.predicate).toBe("WBK");
    // 7 999 999 / 10 000 000: MP 4.7999999 → 59.99999875 %
    const below = score(mpWith(7_999_999, 10_000_000));
    expect(check(below, "WBK", "areaMinPercent", "MP")).toMatchObject({ actual: 59.99999875, pass: false });
    expect(failing(below, "WBK")).toEqual(["areaMinPercent.MP"]);
  });

  it("needs the surveys at 3.60 and 3.20, Bersih at 18.25 and kinerja at C", () => {
    // anti-korupsi 3.5999999 → 17.5 × 3.5999999 / 4 = 15.7499995625; Bersih 15.7499995625 + 2.5
    const survey = score({ ...wbkAtBoundary(), "B.I.a.a": 3.5999999 });
    expect(check(survey, "WBK", "surveiAntiKorupsiMin")).toMatchObject({ actual: 15.7499995625, pass: false });
    expect(check(survey, "WBK", "bersihAkuntabelMin")).toMatchObject({ actual: 18.2499995625, pass: false });
    // pelayanan 3.1999999 → 17.5 × 3.1999999 / 4 = 13.9999995625
    const prima = score({ ...wbkAtBoundary(), "B.II.a.a": 3.1999999 });
    expect(check(prima, "WBK", "pelayananPrimaMin")).toMatchObject({ actual: 13.9999995625, pass: false });
    // kinerja D → 5 × 0.25 = 1.25 < 2.5
    const kinerja = score({ ...wbkAtBoundary(), "B.I.b.a": "D" });
    expect(check(kinerja, "WBK", "kinerjaLebihBaikMin")).toMatchObject({ actual: 1.25, pass: false });
  });
});

describe("Menuju WBBM", () => {
  /**
   * Total exactly 85, every WBBM rule met. Pemenuhan 30. Reform all best (30) except: A.II.1.i unanswered
   * (−2, MP 6/8 = 75 % exactly), A.II.2.i and A.II.2.ii.a unanswered (−0.5 − 0.5), A.II.3.iii (−2),
   * A.II.4.i (−2), A.II.5.ii (−3), A.II.6.i.b at 4/5 (−2.5/2 × 1/5 = −0.25) → Reform 19.75, Pengungkit 49.75.
   * Hasil: 3.6 → 15.75, B → 3.75, 3.6 → 15.75 → Bersih 19.5, Hasil 35.25. Total 85.
   */
  const wbbmAtBoundary = (simplified: number, registered: number): Answers => {
    const answers: Answers = Object.fromEntries(listQuestions(lke).map((q) => [q.code, bestAnswer(q)]));
    for (const code of ["A.II.1.i.a", "A.II.1.i.b", "A.II.2.i.a", "A.II.2.ii.a", "A.II.3.iii.a", "A.II.4.i.a", "A.II.5.ii.a"]) {
      delete answers[code];
    }
    answers["A.II.6.i.b"] = { jumlah_perijinan_terdata: registered, jumlah_perijinan_dipermudah: simplified };
    return { ...answers, "B.I.a.a": 3.6, "B.I.b.a": "B", "B.II.a.a": 3.6 };
  };

  it("is met at exactly 85 by a unit that holds WBK", () => {
    const result = score(wbbmAtBoundary(4, 5), true);
    expect(result.total).toBe(85);
    expect(result.pengungkit).toBe(49.75);
    expect(result.areas.MP.percent).toBe(75);
    expect(check(result, "WBBM", "totalMin")).toMatchObject({ actual: 85, required: 85, pass: true });
    expect(check(result, "WBBM", "areaMinPercent", "MP")).toMatchObject({ actual: 75, required: 75, pass: true });
    expect(check(result, "WBBM", "bersihAkuntabelMin")).toMatchObject({ actual: 19.5, required: 19.5, pass: true });
    expect(check(result, "WBBM", "kinerjaLebihBaikMin")).toMatchObject({ actual: 3.75, required: 3.75, pass: true });
    expect(check(result, "WBBM", "pelayananPrimaMin")).toMatchObject({ actual: 15.75, required: 15.75, pass: true });
    expect(check(result, "WBBM", "requiresWbk")).toMatchObject({ actual: true, required: true, pass: true });
    expect(failing(result, "WBBM")).toEqual([]);
    expect(result.predicate).toBe("WBBM");
  });

  it("is not met by a unit that does not hold WBK yet: the result is WBK", () => {
    const result = score(wbbmAtBoundary(4, 5), false);
    expect(check(result, "WBBM", "requiresWbk")).toMatchObject({
      label: "Unit kerja telah mendapatkan predikat Menuju WBK", actual: false, pass: false,
    });
    expect(failing(result, "WBBM")).toEqual(["requiresWbk"]);
    expect(result.predicate).toBe("WBK");
  });

  it("is missed at 84.999999875", () => {
    // 7 999 999 of 10 000 000 simplified: PP loses 1.25 × 0.2000001, total 84.999999875
    const result = score(wbbmAtBoundary(7_999_999, 10_000_000), true);
    expect(check(result, "WBBM", "totalMin")).toMatchObject({ actual: 84.999999875, pass: false });
    expect(failing(result, "WBBM")).toEqual(["totalMin"]);
    expect(result.predicate).toBe("WBK");
  });

  it("needs kinerja B: C is 2.5 < 3.75", () => {
    const result = score({ ...wbbmAtBoundary(4, 5), "B.I.b.a": "C" }, true);
    expect(check(result, "WBBM", "kinerjaLebihBaikMin")).toMatchObject({ actual: 2.5, pass: false });
    expect(result.predicate).toBe("WBK");
  });
});
