import { describe, expect, it } from "vitest";
import { decideEligibility } from "@/lib/eligibility/decide-eligibility";
import { failingChecks, input, lke } from "@/lib/eligibility/test-support";
import { scoreBothSides } from "@/lib/review/score-both";
import { answerAll, bestAnswer } from "@/lib/scoring/test-support";
import { answerText } from "./answer-text";
import { conclusionBlocks, RECOMMEND_IMPROVE, RECOMMEND_PROPOSE } from "./content-conclusion";
import { questionNoteBlocks } from "./content-questions";
import { areaBlocks, componentBlocks } from "./content-scores";
import type { LheBlock } from "./content-types";

// The LHE's content model without rendering: the words and numbers both renderers print.

const textOf = (blocks: LheBlock[]) => blocks.map((b) => (b.kind === "paragraph" || b.kind === "heading" ? b.text : b.kind === "list" ? b.items.join(" | ") : "")).join("\n");
const tables = (blocks: LheBlock[]) => blocks.filter((b): b is Extract<LheBlock, { kind: "table" }> => b.kind === "table");

function answersWith(tpi: Record<string, unknown>) {
  const unit = answerAll(lke, bestAnswer);
  return new Map(Object.entries(unit).map(([code, value]) => [code, { questionCode: code, unitValue: value, tpiValue: tpi[code] ?? null, unitNote: null, tpiNote: null, tpiFlag: false }]));
}

describe("conclusionBlocks (PermenPAN-RB 90/2021 Lampiran II Bab I A.2, page 42)", () => {
  it("says 'memenuhi … diusulkan' with the route for an eligible target and never names a predicate as awarded", () => {
    const eligibility = decideEligibility(input());
    const text = textOf(conclusionBlocks({ unitName: "Dinkes", eligibility, final: true }));
    expect(text).toContain("Menuju WBK: Unit kerja Dinkes memenuhi kriteria untuk diusulkan kepada TPN sebagai unit kerja Menuju WBK.");
    expect(text).toContain("Jalur: jalur reguler.");
    expect(text).toContain(`Rekomendasi: ${RECOMMEND_PROPOSE}.`);
    expect(text).not.toContain("Simpulan sementara");
    expect(text).not.toMatch(/Predikat: /);
  });

  it("says 'belum memenuhi' with each reason and 'perbaikan dan pembinaan lebih lanjut', and marks a draft's conclusion as provisional", () => {
    const eligibility = decideEligibility(input({ checks: failingChecks, instansi: { opiniBpk: "WDP" } }));
    const text = textOf(conclusionBlocks({ unitName: "Dinkes", eligibility, final: false }));
    expect(text).toContain("Simpulan sementara");
    expect(text).toContain("Menuju WBBM: Unit kerja Dinkes belum memenuhi kriteria untuk diusulkan kepada TPN sebagai unit kerja Menuju WBBM.");
    expect(text).toMatch(/Menuju WBK: Tabel 5 — Opini BPK minimal WTP: belum terpenuhi \(WDP\)/);
    expect(text).toContain("Menuju WBK: Tabel 6 — Nilai total belum mencapai batas");
    expect(text.match(new RegExp(`Rekomendasi: ${RECOMMEND_IMPROVE}\\.`, "g"))).toHaveLength(2);
  });
});

describe("score tables", () => {
  it("print '–' for the TPI where it has given no value in an area, and its numbers where it has", () => {
    const answers = answersWith({ "A.I.1.i.a": "TIDAK" });
    const scores = scoreBothSides({ lke, answers: answers.values() });
    const [areas, split] = tables(areaBlocks({ lke, scores, answers, side: "tpi", draft: true }));
    expect(areas!.columns[2]!.header).toBe("Nilai unit (klaim unit)");
    const mp = areas!.rows.find((r) => r[0]!.startsWith("MP "))!;
    const tl = areas!.rows.find((r) => r[0]!.startsWith("TL "))!;
    expect(mp.slice(1)).toEqual(["8,00", "8,00", "100,00%", "0,00", "0,00%", "di bawah batas WBK"]);
    expect(tl.slice(4)).toEqual(["–", "–", "–"]);
    expect(split!.rows.find((r) => r[0]!.startsWith("TL "))!.slice(1)).toEqual(["3,50", "–", "3,50", "–"]);
    const [components] = tables(componentBlocks({ lke, scores, answers, side: "tpi", draft: false }));
    expect(components!.columns[2]!.header).toBe("Nilai unit");
    expect(components!.rows.map((r) => r[3])).toEqual(["0,00", "–", "0,00"]);
  });

  it("print no '–' for a fully answered TPI side, whose total is lib/scoring's", () => {
    const answers = answersWith(answerAll(lke, bestAnswer));
    const scores = scoreBothSides({ lke, answers: answers.values() });
    const [components] = tables(componentBlocks({ lke, scores, answers, side: "tpi", draft: false }));
    expect(components!.rows.at(-1)).toEqual(["Nilai total", "100,00", "100,00", "100,00"]);
  });
});

describe("question notes and answers", () => {
  it("list a note, a flag or a different TPI value with both answers, '–' for no TPI value", () => {
    const answers = new Map([
      ["A.I.1.i.a", { unitValue: "YA", tpiValue: "TIDAK", tpiNote: null, tpiFlag: false }],
      ["A.I.1.i.b", { unitValue: "YA", tpiValue: null, tpiNote: "Lampirkan SK.", tpiFlag: true }],
      ["A.I.2.i.a", { unitValue: "A", tpiValue: "A", tpiNote: null, tpiFlag: false }],
    ]);
    const text = textOf(questionNoteBlocks({ lke, answers }));
    expect(text).toContain("Jawaban unit: Ya · Jawaban TPI: Tidak");
    expect(text).toContain("Jawaban unit: Ya · Jawaban TPI: – · perlu perbaikan\nCatatan TPI: Lampirkan SK.");
    expect(text).not.toContain("A.I.2.i.a");
    expect(answerText(undefined, null)).toBe("–");
    expect(answerText(undefined, 3.25)).toBe("3,25");
  });
});
