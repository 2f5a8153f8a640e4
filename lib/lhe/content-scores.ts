import { formatNumber } from "@/lib/format";
import { AREA_CODES, type LkeVersion } from "@/lib/lke/schema";
import { getSection } from "@/lib/lke/sections";
import type { BothScores } from "@/lib/review/score-both";
import type { ScoreResult } from "@/lib/scoring/score-types";
import type { Target } from "@/lib/review/transitions/result";
import { answerText } from "./answer-text";
import { type LheBlock, NO_VALUE } from "./content-types";

// The LHE's number tables, every number from lib/scoring (scoreBothSides). A TPI number prints
// "–" while the TPI has given no value in its scope, so an unreviewed area never reads as 0.

const num = (v: number) => formatNumber(v);
const pct = (v: number) => `${formatNumber(v)}%`;

export type ScoreTablesInput = {
  lke: LkeVersion;
  scores: BothScores;
  answers: Map<string, { unitValue: unknown; tpiValue: unknown; unitNote: string | null }>;
  /** Whose percentages Tabel 6 is read against (the TPI's once the review has begun). */
  side: "unit" | "tpi";
  /** The unit's columns are its own claim (the assessment is not FINAL). */
  draft: boolean;
};

const unitHeader = (draft: boolean, label: string) => (draft ? `${label} unit (klaim unit)` : `${label} unit`);

function tabel6Mark(percent: number, thresholds: Record<Target, number>): string {
  if (percent >= thresholds.WBBM) return "≥ batas WBBM";
  if (percent >= thresholds.WBK) return "≥ batas WBK";
  return "di bawah batas WBK";
}

const tpiAreaAnswered = (tpi: ScoreResult, code: (typeof AREA_CODES)[number]) => tpi.completeness.areas[code].answered > 0;

/** Per area: weight, score and percentage of both sides and where it stands against Tabel 6. */
export function areaBlocks({ lke, scores, side, draft }: ScoreTablesInput): LheBlock[] {
  const thresholds = { WBK: lke.thresholds.WBK.areaMinPercent, WBBM: lke.thresholds.WBBM.areaMinPercent };
  const rows = AREA_CODES.map((code) => {
    const u = scores.unit.areas[code];
    const t = scores.tpi.areas[code];
    const tpiKnown = tpiAreaAnswered(scores.tpi, code);
    const markOf = side === "tpi" ? (tpiKnown ? tabel6Mark(t.percent, thresholds) : NO_VALUE) : tabel6Mark(u.percent, thresholds);
    return [`${code} ${u.name}`, num(u.weight), num(u.score), pct(u.percent), tpiKnown ? num(t.score) : NO_VALUE, tpiKnown ? pct(t.percent) : NO_VALUE, markOf];
  });
  const splitRows = AREA_CODES.map((code) => {
    const u = scores.unit.areas[code];
    const t = scores.tpi.areas[code];
    const tpiKnown = tpiAreaAnswered(scores.tpi, code);
    return [`${code} ${u.name}`, num(u.pemenuhan), tpiKnown ? num(t.pemenuhan) : NO_VALUE, num(u.reform), tpiKnown ? num(t.reform) : NO_VALUE];
  });
  return [
    {
      kind: "table",
      columns: [
        { header: "Area", share: 0.3 }, { header: "Bobot", share: 0.08, align: "right" },
        { header: unitHeader(draft, "Nilai"), share: 0.11, align: "right" }, { header: "% unit", share: 0.1, align: "right" },
        { header: "Nilai TPI", share: 0.1, align: "right" }, { header: "% TPI", share: 0.1, align: "right" }, { header: "Tabel 6", share: 0.21 },
      ],
      rows,
    },
    { kind: "paragraph", text: `Batas Tabel 6: Menuju WBK minimal ${num(thresholds.WBK)}% dan Menuju WBBM minimal ${num(thresholds.WBBM)}% dari bobot setiap area, dibaca menurut nilai ${side === "tpi" ? "TPI" : "penilaian mandiri unit"}.` },
    { kind: "paragraph", text: "Rincian per area: Pemenuhan dan Reform", bold: true },
    {
      kind: "table",
      columns: [
        { header: "Area", share: 0.36 }, { header: unitHeader(draft, "Pemenuhan"), share: 0.17, align: "right" }, { header: "Pemenuhan TPI", share: 0.15, align: "right" },
        { header: unitHeader(draft, "Reform"), share: 0.17, align: "right" }, { header: "Reform TPI", share: 0.15, align: "right" },
      ],
      rows: splitRows,
    },
  ];
}

/** Pengungkit and Hasil, and the total. */
export function componentBlocks({ scores, draft }: ScoreTablesInput): LheBlock[] {
  const { tpi } = scores;
  const pengungkitKnown = AREA_CODES.some((code) => tpiAreaAnswered(tpi, code));
  const known: Record<string, boolean> = { A: pengungkitKnown, B: tpi.completeness.hasil.answered > 0 };
  const rows = scores.unit.components.map((c, i) => [`${c.code} ${c.name}`, num(c.weight), num(c.score), known[c.code] === false ? NO_VALUE : num(tpi.components[i]?.score ?? 0)]);
  const weight = scores.unit.components.reduce((s, c) => s + c.weight, 0);
  rows.push(["Nilai total", num(weight), num(scores.unit.total), tpi.completeness.answered === 0 ? NO_VALUE : num(tpi.total)]);
  return [{
    kind: "table",
    columns: [{ header: "Komponen", share: 0.46 }, { header: "Bobot", share: 0.12, align: "right" }, { header: unitHeader(draft, "Nilai"), share: 0.21, align: "right" }, { header: "Nilai TPI", share: 0.21, align: "right" }],
    rows,
    boldLastRow: true,
  }];
}

/** The Hasil component in detail: each index or answer of both sides, the TPI's value, and where it came from. */
export function hasilBlocks({ lke, scores, answers, draft }: ScoreTablesInput): LheBlock[] {
  const section = getSection(lke, "hasil");
  if (!section) return [];
  const indicatorScore = new Map(scores.tpi.indicators.map((i) => [i.code, i.score]));
  const rows = section.groups.flatMap(({ indicator, questions }) => {
    const tpiKnown = questions.some((q) => answers.get(q.code)?.tpiValue != null);
    return questions.map((q, index) => {
      const answer = answers.get(q.code);
      const source = [q.guidance, answer?.unitNote ? `Keterangan unit: ${answer.unitNote}` : null].filter(Boolean).join(" ");
      return [
        `${q.code} ${q.text}`, index === 0 ? num(indicator.weight) : "",
        answerText(q, answer?.unitValue), answerText(q, answer?.tpiValue),
        index === 0 ? (tpiKnown ? num(indicatorScore.get(indicator.code) ?? 0) : NO_VALUE) : "", source || NO_VALUE,
      ];
    });
  });
  return [{
    kind: "table",
    columns: [
      { header: "Indikator", share: 0.28 }, { header: "Bobot", share: 0.08, align: "right" }, { header: draft ? "Unit (klaim)" : "Unit", share: 0.1, align: "right" },
      { header: "TPI", share: 0.08, align: "right" }, { header: "Nilai TPI", share: 0.1, align: "right" }, { header: "Sumber", share: 0.36 },
    ],
    rows,
  }];
}
