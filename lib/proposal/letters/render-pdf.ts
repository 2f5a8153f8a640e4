import PDFDocument from "pdfkit";
import { getPdfFontFiles, PDF_FONT, registerPdfFonts } from "@/lib/exports/pdf-fonts";
import { drawTable } from "@/lib/exports/pdf-table";
import { cleanPdfText } from "@/lib/exports/pdf-text";
import type { Block } from "./blocks";

// The letter's blocks as an A4 PDF, with the fonts and table of the LHE (lib/exports).

const MARGIN = 64;

function draw(doc: PDFKit.PDFDocument, block: Block): void {
  const width = doc.page.width - 2 * MARGIN;
  const text = (t: string, options: PDFKit.Mixins.TextOptions = {}) => doc.text(cleanPdfText(t), MARGIN, undefined, { width, ...options });
  switch (block.kind) {
    case "letterhead":
      doc.font(PDF_FONT.bold).fontSize(14);
      text(block.text, { align: "center" });
      doc.moveTo(MARGIN, doc.y + 4).lineTo(MARGIN + width, doc.y + 4).lineWidth(1.5).stroke().moveDown(1);
      return;
    case "title":
      doc.font(PDF_FONT.bold).fontSize(12);
      text(block.text, { align: "center", underline: true });
      if (block.subtitle) {
        doc.font(PDF_FONT.regular).fontSize(10);
        text(block.subtitle, { align: "center" });
      }
      doc.moveDown(0.8);
      return;
    case "right":
      doc.font(PDF_FONT.regular).fontSize(11);
      text(block.text, { align: "right" });
      doc.moveDown(0.5);
      return;
    case "fields":
      doc.font(PDF_FONT.regular).fontSize(11);
      for (const [label, value] of block.rows) {
        const y = doc.y;
        doc.text(cleanPdfText(label), MARGIN, y, { width: 80 });
        doc.text(":", MARGIN + 80, y, { width: 10 });
        doc.text(cleanPdfText(value), MARGIN + 92, y, { width: width - 92 });
      }
      doc.moveDown(0.8);
      return;
    case "paragraph":
      doc.font(PDF_FONT.regular).fontSize(11);
      text(block.text, { align: "justify" });
      doc.moveDown(0.8);
      return;
    case "table":
      drawTable(doc, { x: MARGIN, columns: block.header.map((header, i) => ({ header, width: block.widths[i] ?? 80 })), rows: block.rows });
      doc.moveDown(0.8);
      return;
    case "signature": {
      const x = MARGIN + width / 2;
      const w = width / 2;
      doc.font(PDF_FONT.regular).fontSize(11);
      if (block.place) doc.text(cleanPdfText(block.place), x, undefined, { width: w });
      doc.text(cleanPdfText(`${block.role},`), x, undefined, { width: w }).moveDown(4);
      doc.font(PDF_FONT.bold).text(cleanPdfText(block.name), x, undefined, { width: w, underline: true });
      doc.font(PDF_FONT.regular).text(cleanPdfText(`NIP. ${block.nip}`), x, undefined, { width: w });
      return;
    }
  }
}

export function renderLetterPdf({ title, author, blocks }: { title: string; author: string; blocks: Block[] }): Promise<Buffer> {
  const fonts = getPdfFontFiles();
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, font: fonts.regular, info: { Title: cleanPdfText(title), Author: cleanPdfText(author) } });
  registerPdfFonts(doc, fonts);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    for (const block of blocks) draw(doc, block);
    doc.end();
  });
}
