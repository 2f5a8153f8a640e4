import type ExcelJS from "exceljs";
import { TARGET_LABELS } from "@/lib/eligibility/labels";
import { TARGETS } from "@/lib/eligibility/types";
import { LKE_ROLES } from "@/lib/lke/roles";
import type { BothScores } from "@/lib/review/score-both";
import type { Check } from "@/lib/scoring/tabel6-checks";
import { COLUMNS, type SheetPlan, SIDE_COLUMNS, type Side } from "./layout";
import { LKE_SHEET } from "./write-lke-sheet";

// "Ringkasan": every row of Tabel 6 (PermenPAN-RB 90/2021 Lampiran II) per target, its actual
// value as a formula over the LKE sheet for both sides, the minimum, and whether it is met.
// "Bukti dukung": every file and link with its sha256 and size, as the TPN asks for it.

export const SUMMARY_SHEET = "Ringkasan";
export const EVIDENCE_SHEET = "Bukti dukung";

const ref = (column: string, row: number) => `'${LKE_SHEET}'!${column}${row}`;

function actualFormula(check: Check, plan: SheetPlan, side: Side): string | null {
  const value = (row: number | undefined) => {
    if (row === undefined) throw new Error(`baris untuk ${check.rule} tidak ada`);
    return ref(SIDE_COLUMNS[side].value, row);
  };
  switch (check.rule) {
    case "totalMin": return value(plan.totalRow);
    case "pengungkitMin": return value(plan.rowOf.get(LKE_ROLES.pengungkit));
    case "bersihAkuntabelMin": return value(plan.rowOf.get(LKE_ROLES.bersihAkuntabel));
    case "surveiAntiKorupsiMin": return value(plan.rowOf.get(LKE_ROLES.surveiAntiKorupsi));
    case "kinerjaLebihBaikMin": return value(plan.rowOf.get(LKE_ROLES.kinerjaLebihBaik));
    case "pelayananPrimaMin": return value(plan.rowOf.get(LKE_ROLES.pelayananPrima));
    case "areaMinPercent": {
      const rows = plan.areaRows[check.area!];
      return `(${value(rows.pemenuhan)}+${value(rows.reform)})/(${ref(COLUMNS.weight, rows.pemenuhan)}+${ref(COLUMNS.weight, rows.reform)})*100`;
    }
    case "requiresWbk": return null;
  }
}

const yes = (pass: boolean) => (pass ? "Ya" : "Tidak");

export function writeSummarySheet(sheet: ExcelJS.Worksheet, plan: SheetPlan, scores: BothScores): void {
  sheet.columns = [{ width: 60 }, { width: 14 }, { width: 14 }, { width: 12 }, { width: 14 }, { width: 14 }];
  sheet.addRow(["Ringkasan Tabel 6 PermenPAN-RB 90/2021 (dihitung dari lembar LKE)"]).font = { bold: true, size: 13 };
  for (const target of TARGETS) {
    sheet.addRow([]);
    sheet.addRow([TARGET_LABELS[target]]).font = { bold: true };
    sheet.addRow(["Syarat", "Capaian unit", "Capaian TPI", "Minimal", "Unit memenuhi", "TPI memenuhi"]).font = { bold: true };
    scores.unit.checks[target].forEach((unitCheck, i) => {
      const tpiCheck = scores.tpi.checks[target][i]!;
      const row = sheet.addRow([unitCheck.label]);
      const r = row.number;
      if (unitCheck.rule === "requiresWbk") {
        row.getCell(2).value = yes(unitCheck.actual === true);
        row.getCell(3).value = yes(tpiCheck.actual === true);
        row.getCell(4).value = "Ya";
        row.getCell(5).value = { formula: `IF(B${r}="Ya","Ya","Tidak")`, result: yes(unitCheck.pass) };
        row.getCell(6).value = { formula: `IF(C${r}="Ya","Ya","Tidak")`, result: yes(tpiCheck.pass) };
        return;
      }
      row.getCell(2).value = { formula: actualFormula(unitCheck, plan, "unit")!, result: unitCheck.actual as number };
      row.getCell(3).value = { formula: actualFormula(tpiCheck, plan, "tpi")!, result: tpiCheck.actual as number };
      row.getCell(4).value = unitCheck.required as number;
      row.getCell(5).value = { formula: `IF(B${r}>=D${r},"Ya","Tidak")`, result: yes(unitCheck.pass) };
      row.getCell(6).value = { formula: `IF(C${r}>=D${r},"Ya","Tidak")`, result: yes(tpiCheck.pass) };
      for (const c of [2, 3, 4]) row.getCell(c).numFmt = "0.00";
    });
  }
}

export type EvidenceIndexRow = { questionCode: string; kind: "FILE" | "LINK"; name: string; link: string | null; size: number | null; sha256: string | null; uploadedAt: string };

export function writeEvidenceSheet(sheet: ExcelJS.Worksheet, rows: readonly EvidenceIndexRow[]): void {
  sheet.columns = [{ width: 16 }, { width: 10 }, { width: 50 }, { width: 14 }, { width: 68 }, { width: 22 }];
  sheet.addRow(["Kode", "Jenis", "Berkas / tautan", "Ukuran (byte)", "sha256", "Diunggah"]).font = { bold: true };
  for (const e of rows) {
    const row = sheet.addRow([e.questionCode, e.kind === "FILE" ? "Berkas" : "Tautan", e.name, e.size, e.sha256, e.uploadedAt]);
    if (e.link) row.getCell(3).value = { text: e.name, hyperlink: e.link };
  }
}
