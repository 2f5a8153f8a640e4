import PDFDocument from "pdfkit";
import { drawTable } from "@/lib/exports/pdf-table";
import { getPdfFontFiles, PDF_FONT, registerPdfFonts } from "@/lib/exports/pdf-fonts";
import { cleanPdfText } from "@/lib/exports/pdf-text";
import { DRAFT_MARK, type LheBlock, type LheContent, type LheSigner } from "./content-types";

// The LHE content as an A4 PDF (pdfkit, DejaVu Sans embedded). Lays out the blocks only; a draft
// gets "DRAF" across every page, drawn after the content so that every page has it.

const MARGIN = 56;
const textWidth = (doc: PDFKit.PDFDocument) => doc.page.width - 2 * MARGIN;

function drawBlock(doc: PDFKit.PDFDocument, block: LheBlock): void {
  switch (block.kind) {
    case "heading":
      doc.moveDown(0.8).font(PDF_FONT.bold).fontSize(12).fillColor("#1e3a5f").text(cleanPdfText(block.text), MARGIN).fillColor("black").moveDown(0.3);
      return;
    case "paragraph":
      doc.font(block.bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(10).fillColor(block.italic ? "#374151" : "black").text(cleanPdfText(block.text), MARGIN, undefined, { width: textWidth(doc) }).fillColor("black").moveDown(0.2);
      return;
    case "list":
      for (const item of block.items) doc.font(PDF_FONT.regular).fontSize(10).text(cleanPdfText(`• ${item}`), MARGIN + 8, undefined, { width: textWidth(doc) - 8 });
      doc.moveDown(0.2);
      return;
    case "fields":
      for (const [label, value] of block.rows) {
        doc.font(PDF_FONT.bold).fontSize(10).text(`${cleanPdfText(label)}: `, MARGIN, undefined, { continued: true }).font(PDF_FONT.regular).text(cleanPdfText(value));
      }
      return;
    case "table": {
      const width = textWidth(doc);
      drawTable(doc, { x: MARGIN, columns: block.columns.map((c) => ({ header: c.header, width: c.share * width, align: c.align })), rows: block.rows, boldLastRow: block.boldLastRow });
      return;
    }
    case "signatures":
      drawSignatures(doc, block.signers);
  }
}

function drawSignatures(doc: PDFKit.PDFDocument, signers: LheSigner[]): void {
  const boxWidth = textWidth(doc) / 2;
  if (doc.y + 130 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y + 24;
  signers.forEach((s, i) => {
    // The ketua tim signs on the right, as the letter's signer; the penanggung jawab on the left.
    const x = signers.length === 1 || i === 0 ? MARGIN + boxWidth : MARGIN;
    const lines = [s.role, ...(s.title ? [s.title] : [])];
    doc.font(PDF_FONT.regular).fontSize(10).text(cleanPdfText(lines.join("\n")), x, top, { width: boxWidth, align: "center" });
    doc.font(PDF_FONT.bold).text(cleanPdfText(s.name), x, top + 80, { width: boxWidth, align: "center", underline: true });
    doc.font(PDF_FONT.regular).text(cleanPdfText(s.nip ? `NIP ${s.nip}` : "NIP ……………………"), x, top + 94, { width: boxWidth, align: "center" });
  });
  doc.x = MARGIN;
}

function finishPages(doc: PDFKit.PDFDocument, draft: boolean): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (draft) {
      const { width, height } = doc.page;
      doc.save().rotate(-45, { origin: [width / 2, height / 2] }).font(PDF_FONT.bold).fontSize(120).fillColor("#dc2626").fillOpacity(0.15)
        .text(DRAFT_MARK, 0, height / 2 - 60, { width, align: "center", lineBreak: false }).restore();
    }
    doc.font(PDF_FONT.regular).fontSize(8).fillColor("#555555").fillOpacity(1)
      .text(`Halaman ${i + 1} dari ${range.count}`, MARGIN, doc.page.height - 36, { width: doc.page.width - 2 * MARGIN, align: "center" });
    doc.page.margins.bottom = bottom;
  }
}

/** The LHE as PDF bytes. */
export function renderLhePdf(content: LheContent): Promise<Buffer> {
  const fonts = getPdfFontFiles();
  // `font` replaces PDFKit's default Helvetica, whose metrics (.afm) would otherwise be read for nothing.
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, bufferPages: true, font: fonts.regular, info: { Title: cleanPdfText(content.documentTitle), Author: cleanPdfText(content.author) } });
  registerPdfFonts(doc, fonts);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const [first, ...rest] = content.titleLines;
  doc.font(PDF_FONT.bold).fontSize(15).text(cleanPdfText(first ?? ""), { align: "center" });
  // 10 pt: at 11 pt DejaVu Sans (wider than Helvetica) would leave "(WBBM)" alone on a second line.
  for (const line of rest) doc.font(PDF_FONT.regular).fontSize(10).text(cleanPdfText(line), { align: "center" });
  doc.moveDown(1);
  for (const block of content.blocks) drawBlock(doc, block);
  finishPages(doc, content.draft);
  doc.end();
  return done;
}
