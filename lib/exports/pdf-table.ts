import { PDF_FONT } from "./pdf-fonts";
import { cleanPdfText } from "./pdf-text";

// A plain table for PDFKit: a shaded header row, cells that wrap, a new page (with the header
// again) when the next row does not fit.

export type TableColumn = { header: string; width: number; align?: "left" | "right" };
type TableOptions = { x: number; columns: TableColumn[]; rows: string[][]; boldLastRow?: boolean };

const PAD = 3;
const SIZE = 9;

function rowHeight(doc: PDFKit.PDFDocument, columns: TableColumn[], cells: string[], bold: boolean): number {
  doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(SIZE);
  const heights = columns.map((c, i) => doc.heightOfString(cleanPdfText(cells[i] ?? ""), { width: c.width - 2 * PAD }));
  return Math.max(...heights) + 2 * PAD;
}

function drawRow(doc: PDFKit.PDFDocument, { x, columns }: TableOptions, cells: string[], y: number, style: { bold: boolean; shade: boolean }): number {
  const height = rowHeight(doc, columns, cells, style.bold);
  const width = columns.reduce((s, c) => s + c.width, 0);
  if (style.shade) doc.rect(x, y, width, height).fill("#e5edf5").fillColor("black");
  doc.font(style.bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(SIZE);
  let left = x;
  columns.forEach((c, i) => {
    doc.text(cleanPdfText(cells[i] ?? ""), left + PAD, y + PAD, { width: c.width - 2 * PAD, align: c.align ?? "left", lineBreak: true });
    left += c.width;
  });
  doc.moveTo(x, y + height).lineTo(x + width, y + height).lineWidth(0.5).strokeColor("#9ca3af").stroke();
  return y + height;
}

export function drawTable(doc: PDFKit.PDFDocument, options: TableOptions): void {
  const header = options.columns.map((c) => c.header);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  let y = drawRow(doc, options, header, doc.y, { bold: true, shade: true });
  options.rows.forEach((cells, index) => {
    const bold = options.boldLastRow === true && index === options.rows.length - 1;
    if (y + rowHeight(doc, options.columns, cells, bold) > bottom()) {
      doc.addPage();
      y = drawRow(doc, options, header, doc.page.margins.top, { bold: true, shade: true });
    }
    y = drawRow(doc, options, cells, y, { bold, shade: false });
  });
  doc.x = options.x;
  doc.y = y + 4;
}
