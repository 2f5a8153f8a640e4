import PDFDocument from "pdfkit";
import { formatNumber } from "@/lib/format";
import type { LheData } from "./lhe-data";
import { drawTable, type TableColumn } from "./pdf-table";
import { getPdfFontFiles, PDF_FONT, registerPdfFonts } from "./pdf-fonts";
import { cleanPdfText } from "./pdf-text";

// Laporan Hasil Evaluasi (LHE) Zona Integritas as an A4 PDF: scores per area against the Tabel 6
// thresholds, component totals, the result with its failing checks, Tabel 5 and the TPI notes.

const MARGIN = 56;
const pct = (v: number) => `${formatNumber(v)}%`;

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.8).font(PDF_FONT.bold).fontSize(12).fillColor("#1e3a5f").text(cleanPdfText(text), MARGIN).fillColor("black").moveDown(0.3);
}

function paragraph(doc: PDFKit.PDFDocument, text: string, bold = false): void {
  doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(10).text(cleanPdfText(text), MARGIN);
}

function areaTable(doc: PDFKit.PDFDocument, data: LheData): void {
  const mark = (percent: number) => (percent >= data.areaThresholds.WBBM ? "WBBM" : percent >= data.areaThresholds.WBK ? "WBK" : "di bawah");
  const columns: TableColumn[] = [
    { header: "Area", width: 173 }, { header: "Bobot", width: 45, align: "right" },
    { header: "Skor unit", width: 55, align: "right" }, { header: "% unit", width: 55, align: "right" },
    { header: "Skor TPI", width: 55, align: "right" }, { header: "% TPI", width: 55, align: "right" }, { header: "Batas", width: 45 },
  ];
  const rows = data.areas.map((a) => [`${a.code} ${a.name}`, formatNumber(a.weight), formatNumber(a.unitScore), pct(a.unitPercent), formatNumber(a.tpiScore), pct(a.tpiPercent), mark(data.thresholdSide === "tpi" ? a.tpiPercent : a.unitPercent)]);
  drawTable(doc, { x: MARGIN, columns, rows });
  paragraph(doc, `Batas: WBK = minimal ${formatNumber(data.areaThresholds.WBK)}% dan WBBM = minimal ${formatNumber(data.areaThresholds.WBBM)}% dari bobot setiap area (Tabel 6), menurut nilai ${data.thresholdSide === "tpi" ? "TPI" : "penilaian mandiri unit"}.`);
}

function componentTable(doc: PDFKit.PDFDocument, data: LheData): void {
  const columns: TableColumn[] = [{ header: "Komponen", width: 233 }, { header: "Bobot", width: 60, align: "right" }, { header: "Nilai unit", width: 95, align: "right" }, { header: "Nilai TPI", width: 95, align: "right" }];
  const rows = data.components.map((c) => [`${c.code} ${c.name}`, formatNumber(c.weight), formatNumber(c.unit), formatNumber(c.tpi)]);
  rows.push(["Nilai total", formatNumber(data.components.reduce((s, c) => s + c.weight, 0)), formatNumber(data.total.unit), formatNumber(data.total.tpi)]);
  drawTable(doc, { x: MARGIN, columns, rows, boldLastRow: true });
}

function resultSection(doc: PDFKit.PDFDocument, data: LheData): void {
  const { result } = data;
  paragraph(doc, result.heading);
  doc.moveDown(0.2).font(PDF_FONT.bold).fontSize(12).text(cleanPdfText(result.predicateLine), MARGIN);
  if (result.target && result.failing.length > 0) {
    doc.moveDown(0.3);
    paragraph(doc, `Syarat Tabel 6 yang belum terpenuhi untuk Menuju ${result.target}:`);
    const columns: TableColumn[] = [{ header: "Syarat", width: 303 }, { header: "Capaian", width: 90, align: "right" }, { header: "Syarat minimal", width: 90, align: "right" }];
    drawTable(doc, { x: MARGIN, columns, rows: result.failing.map((c) => [c.label, c.actual, c.required]) });
  }

}

function notesSection(doc: PDFKit.PDFDocument, data: LheData): void {
  if (data.notes.length === 0) return paragraph(doc, "Tidak ada catatan TPI.");
  for (const n of data.notes) {
    doc.font(PDF_FONT.bold).fontSize(9).text(cleanPdfText(`${n.code} — ${n.text}`), MARGIN);
    doc.font(PDF_FONT.regular).fontSize(9).text(cleanPdfText(`Catatan TPI: ${n.note}`), MARGIN + 12).moveDown(0.4);
  }
}

function pageNumbers(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(PDF_FONT.regular).fontSize(8).fillColor("#555555")
      .text(`Halaman ${i + 1} dari ${range.count}`, MARGIN, doc.page.height - 36, { width: doc.page.width - 2 * MARGIN, align: "center" });
    doc.page.margins.bottom = bottom;
  }
}

/** The LHE as PDF bytes. */
export function buildLhePdf(data: LheData): Promise<Buffer> {
  const fonts = getPdfFontFiles();
  // `font` replaces PDFKit's default Helvetica, whose metrics (.afm) would otherwise be read for nothing.
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, bufferPages: true, font: fonts.regular, info: { Title: cleanPdfText(`LHE ${data.unitName} ${data.year}`), Author: cleanPdfText(`Portal ZI ${data.instansiName}`) } });
  registerPdfFonts(doc, fonts);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font(PDF_FONT.bold).fontSize(15).text("LAPORAN HASIL EVALUASI ZONA INTEGRITAS", { align: "center" });
  // 10 pt: at 11 pt DejaVu Sans (wider than Helvetica) would leave "(WBBM)" alone on a second line.
  doc.font(PDF_FONT.regular).fontSize(10).text("Menuju Wilayah Bebas dari Korupsi (WBK) / Wilayah Birokrasi Bersih dan Melayani (WBBM)", { align: "center" });
  doc.text(cleanPdfText(data.instansiName), { align: "center" }).moveDown(1);
  for (const [label, text] of [["Kepada", data.headTitle], ["Unit kerja", data.unitName], ["Periode", `${data.periodName} (tahun ${data.year})`], ["Tanggal", data.dateLabel], ["Status", data.stateLabel]] as const) {
    doc.font(PDF_FONT.bold).fontSize(10).text(`${label}: `, MARGIN, undefined, { continued: true }).font(PDF_FONT.regular).text(cleanPdfText(text));
  }
  heading(doc, "1. Nilai per area (Komponen Pengungkit)");
  areaTable(doc, data);
  heading(doc, "2. Nilai per komponen");
  componentTable(doc, data);
  heading(doc, "3. Hasil (Tabel 6 PermenPAN-RB 90/2021)");
  resultSection(doc, data);
  heading(doc, "4. Syarat pengusulan kepada TPN (Tabel 5 PermenPAN-RB 5/2024)");
  for (const p of data.proposal) {
    doc.font(PDF_FONT.bold).fontSize(10).text(cleanPdfText(`${p.target}: ${p.headline}`), MARGIN);
    if (!p.eligible) for (const reason of p.reasons) paragraph(doc, `• ${reason}`);
    doc.moveDown(0.3);
  }
  heading(doc, "5. Catatan TPI");
  notesSection(doc, data);
  pageNumbers(doc);
  doc.end();
  return done;
}
