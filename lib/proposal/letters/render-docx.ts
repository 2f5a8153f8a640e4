import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { Block } from "./blocks";

// The letter's blocks as DOCX (the `docx` package writes real Word XML: the instansi edits the
// letter in Word before signing, which a PDF does not allow).

const FONT = "Arial";
const SIZE = 22; // half-points: 11 pt
const run = (text: string, extra: { bold?: boolean; underline?: boolean } = {}) => new TextRun({ text, font: FONT, size: SIZE, bold: extra.bold, underline: extra.underline ? {} : undefined });
const lines = (text: string, extra: { bold?: boolean } = {}) => text.split("\n").map((line, i) => new TextRun({ text: line, font: FONT, size: SIZE, bold: extra.bold, break: i > 0 ? 1 : undefined }));
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

function cell(text: string, width: number, bold = false): TableCell {
  return new TableCell({ width: { size: width * 20, type: WidthType.DXA }, children: [new Paragraph({ children: lines(text, { bold }) })] });
}

function toDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "letterhead":
      return [new Paragraph({ alignment: AlignmentType.CENTER, border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: "000000", space: 4 } }, spacing: { after: 240 }, children: [new TextRun({ text: block.text, font: FONT, size: 28, bold: true })] })];
    case "title":
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(block.text, { bold: true, underline: true })] }),
        ...(block.subtitle ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(block.subtitle)] })] : []),
        new Paragraph({ children: [] }),
      ];
    case "right":
      return [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 200 }, children: [run(block.text)] })];
    case "fields":
      return [
        new Table({ borders: NO_BORDERS, rows: block.rows.map(([label, value]) => new TableRow({ children: [cell(label, 80), cell(":", 12), cell(value, 390)] })) }),
        new Paragraph({ children: [] }),
      ];
    case "paragraph":
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 200 }, children: lines(block.text) })];
    case "table":
      return [
        new Table({
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((h, i) => cell(h, block.widths[i] ?? 80, true)) }),
            ...block.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, block.widths[i] ?? 80)) })),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
    case "signature":
      return [
        ...(block.place ? [new Paragraph({ indent: { left: 4800 }, children: [run(block.place)] })] : []),
        new Paragraph({ indent: { left: 4800 }, spacing: { after: 1200 }, children: [run(`${block.role},`)] }),
        new Paragraph({ indent: { left: 4800 }, children: [run(block.name, { bold: true, underline: true })] }),
        new Paragraph({ indent: { left: 4800 }, children: [run(`NIP. ${block.nip}`)] }),
      ];
  }
}

export function renderLetterDocx({ title, author, blocks }: { title: string; author: string; blocks: Block[] }): Promise<Buffer> {
  const doc = new Document({ title, creator: author, sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1280, right: 1280 } } }, children: blocks.flatMap(toDocx) }] });
  return Packer.toBuffer(doc);
}
