import ExcelJS from "exceljs";
import type { LkeVersion } from "@/lib/lke/schema";
import type { BothScores } from "@/lib/review/score-both";
import { FIRST_ROW, planLkeSheet } from "./layout";
import { type EvidenceIndexRow, EVIDENCE_SHEET, SUMMARY_SHEET, writeEvidenceSheet, writeSummarySheet } from "./write-summary-sheets";
import { LKE_SHEET, type SheetAnswer, writeLkeSheet } from "./write-lke-sheet";

// The LKE workbook the TPN asks for ("LKE excel"): the Lampiran III sheet with formulas and the
// portal's results cached beside them, the Tabel 6 summary and the index of bukti dukung.

export type LkeWorkbookInput = {
  lke: LkeVersion;
  headerLines: string[];
  answers: ReadonlyMap<string, SheetAnswer>;
  scores: BothScores;
  evidence: readonly EvidenceIndexRow[];
  title: string;
  creator: string;
};

export async function buildLkeWorkbook(input: LkeWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.creator;
  workbook.title = input.title;
  // Excel recalculates on open, so values the reader edits and values the portal wrote agree.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const plan = planLkeSheet(input.lke);
  const sheet = workbook.addWorksheet(LKE_SHEET, {
    views: [{ state: "frozen", xSplit: 2, ySplit: FIRST_ROW - 1 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const evidence = input.evidence.map((e) => ({ questionCode: e.questionCode, text: e.name, link: e.link }));
  writeLkeSheet(sheet, plan, { lke: input.lke, headerLines: input.headerLines, answers: input.answers, scores: input.scores, evidence });
  writeSummarySheet(workbook.addWorksheet(SUMMARY_SHEET), plan, input.scores);
  writeEvidenceSheet(workbook.addWorksheet(EVIDENCE_SHEET), input.evidence);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
