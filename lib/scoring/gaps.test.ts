import { describe, expect, it } from "vitest";
import { scoreAssessment } from "./score-assessment";
import { answerAll, bestAnswer, loadPm90, worstAnswer } from "./test-support";

const lke = loadPm90();

describe("gaps", () => {
  it("ranks questions by the points their best answer adds, ties in LKE order", () => {
    const { gaps } = scoreAssessment({ lke, answers: answerAll(lke, worstAnswer) });
    // Single-question indicators weigh the most: B.I.a 17.5, B.II.a 17.5, B.I.b 5, A.II.5.ii 3,
    // A.II.5.i 2.5, A.II.6.ii 2.5, A.II.3.iii 2, A.II.4.i 2 (then 1.5-point ones, …).
    expect(gaps.slice(0, 8).map((g) => [g.question, g.gain])).toEqual([
      ["B.I.a.a", 17.5], ["B.II.a.a", 17.5], ["B.I.b.a", 5], ["A.II.5.ii.a", 3],
      ["A.II.5.i.a", 2.5], ["A.II.6.ii.a", 2.5], ["A.II.3.iii.a", 2], ["A.II.4.i.a", 2],
    ]);
    // From 0 the gains add up to the whole 100 points; every question is listed.
    expect(gaps).toHaveLength(113);
    expect(gaps.reduce((sum, g) => sum + g.gain, 0)).toBeCloseTo(100, 9);
  });

  it("gives the gain of a weak answer and of a partial ratio, and skips answers at their best", () => {
    const answers = {
      ...answerAll(lke, bestAnswer),
      "A.I.1.iii.a": "B", // 1/3 × (1 − 0.67) = 0.11
      "A.II.4.i.a": { jumlah_sasaran_kinerja: 10, jumlah_sasaran_tercapai: 7 }, // 2 × (1 − 0.7) = 0.6
    };
    delete (answers as Record<string, unknown>)["A.I.1.i.a"]; // 0.5/2 × 1 = 0.25, unanswered
    const { gaps, total } = scoreAssessment({ lke, answers });
    expect(gaps).toEqual([
      { question: "A.II.4.i.a", gain: 0.6, value: 0.7, answered: true },
      { question: "A.I.1.i.a", gain: 0.25, value: 0, answered: false },
      { question: "A.I.1.iii.a", gain: 0.11, value: 0.67, answered: true },
    ]);
    // 100 − 0.6 − 0.25 − 0.11 = 99.04
    expect(total).toBe(99.04);
  });
});
