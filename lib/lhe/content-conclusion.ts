import { describeEligibility, ROUTE_LABELS, TARGET_LABELS } from "@/lib/eligibility/labels";
import { type Eligibility, type Target, TARGETS } from "@/lib/eligibility/types";
import type { LheBlock } from "./content-types";

// The TPI's conclusion, in the regulation's words: whether the unit "memenuhi atau belum memenuhi
// kriteria untuk diajukan evaluasi ke TPN" (PermenPAN-RB 90/2021 Lampiran II Bab I A.2, page 42),
// per target with its route and reasons (PermenPAN-RB 5/2024 Bab II A, pages 4–5), and the
// recommendation that follows. The TPI never awards a predicate: the Minister does, after TPN.

export const RECOMMEND_PROPOSE = "diusulkan kepada Kementerian PANRB selaku TPN";
export const RECOMMEND_IMPROVE = "perbaikan dan pembinaan lebih lanjut";

export type ConclusionInput = { unitName: string; eligibility: Eligibility; final: boolean };

export function conclusionSentence(unitName: string, eligible: boolean, target: Target): string {
  const verdict = eligible ? "memenuhi" : "belum memenuhi";
  return `Unit kerja ${unitName} ${verdict} kriteria untuk diusulkan kepada TPN sebagai unit kerja ${TARGET_LABELS[target]}.`;
}

export function conclusionBlocks({ unitName, eligibility, final }: ConclusionInput): LheBlock[] {
  const blocks: LheBlock[] = [];
  if (!final) blocks.push({ kind: "paragraph", italic: true, text: "Simpulan sementara: penilaian belum final, sehingga simpulan di bawah dapat berubah." });
  for (const target of TARGETS) {
    const outcome = eligibility[target];
    const { reasons } = describeEligibility(outcome, target);
    blocks.push({ kind: "paragraph", bold: true, text: `${TARGET_LABELS[target]}: ${conclusionSentence(unitName, outcome.eligible, target)}` });
    if (outcome.eligible && outcome.route) blocks.push({ kind: "paragraph", text: `Jalur: ${ROUTE_LABELS[outcome.route].toLowerCase()}.` });
    if (reasons.length > 0) blocks.push({ kind: "paragraph", text: outcome.eligible ? "Syarat Tabel 5 yang masih dalam proses:" : "Alasan:" }, { kind: "list", items: reasons });
    blocks.push({ kind: "paragraph", text: `Rekomendasi: ${outcome.eligible ? RECOMMEND_PROPOSE : RECOMMEND_IMPROVE}.` });
  }
  blocks.push({
    kind: "paragraph",
    italic: true,
    text: "Simpulan ini adalah hasil evaluasi internal TPI yang disampaikan kepada pimpinan instansi. Predikat Menuju WBK/WBBM ditetapkan oleh Menteri PANRB setelah evaluasi TPN (PermenPAN-RB 90/2021 Lampiran II Bab II).",
  });
  return blocks;
}
