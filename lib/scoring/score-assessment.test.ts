import { describe, expect, it } from "vitest";
import type { AnswerValue } from "./answers";
import { scoreAssessment } from "./score-assessment";
import { answerAll, bestAnswer, lhkpn, loadPm90, worstAnswer } from "./test-support";

const lke = loadPm90();
const score = (answers: Record<string, AnswerValue>, holdsWbk?: boolean) => scoreAssessment({ lke, answers, holdsWbk });
const indicator = (result: ReturnType<typeof score>, code: string) => result.indicators.find((i) => i.code === code)?.score;
const question = (result: ReturnType<typeof score>, code: string) => result.questions.find((q) => q.code === code);

describe("scoreAssessment — whole LKE", () => {
  it("gives 100 for the best answer everywhere", () => {
    const result = score(answerAll(lke, bestAnswer), true);
    // Weights of PermenPAN-RB 90/2021: Pengungkit 60 = Pemenuhan 30 + Reform 30; Hasil 40 = 22.5 + 17.5.
    expect(result.total).toBe(100);
    expect(result.pengungkit).toBe(60);
    expect(result.hasil).toBe(40);
    expect(result.pemenuhan).toBe(30);
    expect(result.reform).toBe(30);
    expect(result.bersihAkuntabel).toBe(22.5);
    expect(result.pelayananPrima).toBe(17.5);
    // Area weights (Tabel 3): MP 8, TL 7, SDM 10, AK 10, PW 15, PP 10, each half Pemenuhan, half Reform.
    expect(result.areas.MP).toMatchObject({ pemenuhan: 4, reform: 4, score: 8, weight: 8, percent: 100 });
    expect(result.areas.TL).toMatchObject({ pemenuhan: 3.5, reform: 3.5, score: 7, percent: 100 });
    expect(result.areas.SDM).toMatchObject({ score: 10, percent: 100 });
    expect(result.areas.AK).toMatchObject({ score: 10, percent: 100 });
    expect(result.areas.PW).toMatchObject({ pemenuhan: 7.5, reform: 7.5, score: 15, percent: 100 });
    expect(result.areas.PP).toMatchObject({ score: 10, percent: 100 });
    expect(result.completeness).toMatchObject({ answered: 113, total: 113 });
    expect(result.gaps).toEqual([]);
    expect(result.predicate).toBe("WBBM");
  });

  it("gives WBK, not WBBM, to a perfect unit that does not hold WBK yet", () => {
    const result = score(answerAll(lke, bestAnswer), false);
    expect(result.predicate).toBe("WBK");
    const requires = result.checks.WBBM.find((c) => c.rule === "requiresWbk");
    expect(requires).toMatchObject({ actual: false, required: true, pass: false });
    expect(result.checks.WBK.some((c) => c.rule === "requiresWbk")).toBe(false);
  });

  it("gives 0 for the worst answer everywhere, every question answered", () => {
    const result = score(answerAll(lke, worstAnswer));
    expect(result.total).toBe(0);
    expect(result.pengungkit).toBe(0);
    expect(result.hasil).toBe(0);
    expect(Object.values(result.areas).map((a) => a.percent)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(result.completeness).toMatchObject({ answered: 113, total: 113 });
    expect(result.predicate).toBeNull();
  });

  it("counts completeness overall, per area and for Hasil", () => {
    // Question counts from Lampiran III, Pemenuhan + Reform per area:
    // MP 12+4, TL 9+6, SDM 18+3, AK 11+3, PW 18+4, PP 19+3; Hasil 3.
    const empty = score({});
    expect(empty.completeness).toEqual({
      answered: 0,
      total: 113,
      areas: {
        MP: { answered: 0, total: 16 }, TL: { answered: 0, total: 15 }, SDM: { answered: 0, total: 21 },
        AK: { answered: 0, total: 14 }, PW: { answered: 0, total: 22 }, PP: { answered: 0, total: 22 },
      },
      hasil: { answered: 0, total: 3 },
    });
    const some = score({ "A.I.1.i.a": "TIDAK", "A.II.5.iii.lhkpn.a": lhkpn(1, 2), "B.II.a.a": 0 });
    expect(some.completeness.answered).toBe(3);
    expect(some.completeness.areas.MP).toEqual({ answered: 1, total: 16 });
    expect(some.completeness.areas.PW).toEqual({ answered: 1, total: 22 });
    expect(some.completeness.hasil).toEqual({ answered: 1, total: 3 });
  });
});

describe("scoreAssessment — one answer of each type", () => {
  it("YA_TIDAK: YA is 1, and the unanswered sibling counts 0", () => {
    // A.I.1.i (weight 0.5) has 2 questions: 0.5 × (1 + 0) / 2 = 0.25
    const result = score({ "A.I.1.i.a": "YA" });
    expect(question(result, "A.I.1.i.a")).toEqual({ code: "A.I.1.i.a", answered: true, value: 1 });
    expect(indicator(result, "A.I.1.i")).toBe(0.25);
    expect(result.total).toBe(0.25);
    expect(result.areas.MP.pemenuhan).toBe(0.25);
    // 0.25 of an area weight of 8 is 3.125 %
    expect(result.areas.MP.percent).toBe(3.125);
  });

  it("ABC: B is 0.5", () => {
    // A.I.1.i (0.5, 2 questions): 0.5 × 0.5 / 2 = 0.125
    const result = score({ "A.I.1.i.b": "B" });
    expect(question(result, "A.I.1.i.b")?.value).toBe(0.5);
    expect(result.total).toBe(0.125);
  });

  it("ABCD: B is 0.67 as in the worksheet, to the last decimal", () => {
    // A.I.1.iii (weight 1) has 3 questions: 1 × 0.67 / 3 = 67/300. The exact value is the double
    // nearest to 67/300 (67 / 300 in JS, one correctly rounded division); the naive float
    // 0.67 / 3 = 0.22333333333333336 is one unit in the last place off.
    const result = score({ "A.I.1.iii.a": "B" });
    expect(question(result, "A.I.1.iii.a")?.value).toBe(0.67);
    expect(indicator(result, "A.I.1.iii")).toBe(67 / 300);
    expect(0.67 / 3).not.toBe(67 / 300);
    // Three B answers: 1 × (0.67 × 3) / 3 = 0.67 exactly.
    const three = score({ "A.I.1.iii.a": "B", "A.I.1.iii.b": "B", "A.I.1.iii.c": "B" });
    expect(indicator(three, "A.I.1.iii")).toBe(0.67);
    // C is 0.33: 1 × 0.33 / 3 = 0.11
    expect(indicator(score({ "A.I.1.iii.a": "C" }), "A.I.1.iii")).toBe(0.11);
  });

  it("ABCDE: B is 0.75", () => {
    // A.II.1.ii (weight 1, 1 question): 1 × 0.75 = 0.75, all in Reform MP
    const result = score({ "A.II.1.ii.a": "B" });
    expect(result.total).toBe(0.75);
    expect(result.reform).toBe(0.75);
    expect(result.areas.MP.reform).toBe(0.75);
    expect(result.pemenuhan).toBe(0);
  });

  it("SURVEY_INDEX: value = index / 4, weighted 17.5", () => {
    // B.I.a.a index 3.6: 17.5 × 3.6 / 4 = 15.75 (Tabel 6: "15,75 (survey 3,60)")
    const result = score({ "B.I.a.a": 3.6 });
    expect(question(result, "B.I.a.a")?.value).toBe(0.9);
    expect(indicator(result, "B.I.a")).toBe(15.75);
    expect(result.bersihAkuntabel).toBe(15.75);
    expect(result.hasil).toBe(15.75);
    expect(result.pengungkit).toBe(0);
    // B.II.a.a index 3.2: 17.5 × 3.2 / 4 = 14 (Tabel 6: "14,00 (survey 3,20)")
    expect(score({ "B.II.a.a": 3.2 }).pelayananPrima).toBe(14);
  });

  it("PERCENT ratio: Persentase Sasaran 7 of 10", () => {
    // A.II.4.i (weight 2, 1 question): 2 × 7/10 = 1.4
    const result = score({ "A.II.4.i.a": { jumlah_sasaran_kinerja: 10, jumlah_sasaran_tercapai: 7 } });
    expect(question(result, "A.II.4.i.a")?.value).toBe(0.7);
    expect(result.total).toBe(1.4);
    expect(result.areas.AK.reform).toBe(1.4);
  });
});

describe("scoreAssessment — LHKPN and LHKASN are two indicators of weight 1", () => {
  it("scores each report on its own and adds both to Reform PW", () => {
    // LHKPN: 1 + 9 + 0 must report, 8 did: 8/10 × 1 = 0.8.
    // LHKASN: 20 + 30 + 50 must report, 100 did: 100/100 × 1 = 1.  Reform PW = 1.8.
    const result = score({
      "A.II.5.iii.lhkpn.a": {
        jumlah_kepala_satuan_kerja: 1, jumlah_pejabat_wajib_lhkpn: 9, jumlah_lainnya: 0, jumlah_sudah_melaporkan: 8,
      },
      "A.II.5.iii.lhkasn.a": {
        jumlah_pejabat_administrator: 20, jumlah_pejabat_pengawas: 30, jumlah_fungsional_pelaksana: 50,
        jumlah_sudah_melaporkan: 100,
      },
    });
    expect(indicator(result, "A.II.5.iii.lhkpn")).toBe(0.8);
    expect(indicator(result, "A.II.5.iii.lhkasn")).toBe(1);
    expect(result.indicators.some((i) => i.code === "A.II.5.iii")).toBe(false);
    expect(result.areas.PW.reform).toBe(1.8);
    expect(result.total).toBe(1.8);
  });

  it("counts nobody to report as fully reported (zeroDenominatorValue 1)", () => {
    // LHKPN with 0 + 0 + 0 required: value 1, score 1 × 1 = 1
    const result = score({ "A.II.5.iii.lhkpn.a": lhkpn(0, 0) });
    expect(indicator(result, "A.II.5.iii.lhkpn")).toBe(1);
    expect(indicator(result, "A.II.5.iii.lhkasn")).toBe(0);
  });
});
