import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
} from "docx";
import { TextWatermark } from "docx/watermarks";
import { DRAFT_MARK, type LheBlock, type LheContent, type LheSigner } from "./content-types";

// The same LHE content as an editable Word document (docx), so that the Inspektorat can put it on
// its letterhead, number it and sign it. A draft carries Word's own DRAF watermark, which sits in
// the page header and so appears on every page.

const FONT = "Arial";
const SIZE = 20; // half-points: 10 pt, as the PDF
const A4_TEXT_WIDTH = 9072; // twips: A4 (11906) less two 2,5 cm margins (1417 each)

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: options.size ?? SIZE, bold: options.bold, italics: options.italics, underline: options.underline ? {} : undefined });

const para = (children: TextRun[], options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; indent?: number } = {}) =>
  new Paragraph({ children, alignment: options.align, spacing: { after: options.after ?? 80 }, indent: options.indent ? { left: options.indent } : undefined });

function table(block: Extract<LheBlock, { kind: "table" }>): Table {
  const cell = (text: string, share: number, opts: { bold?: boolean; header?: boolean; right?: boolean }) =>
    new TableCell({
      width: { size: Math.round(share * A4_TEXT_WIDTH), type: WidthType.DXA },
      shading: opts.header ? { type: ShadingType.CLEAR, fill: "E5EDF5", color: "auto" } : undefined,
      children: [para([run(text, { bold: opts.bold, size: 18 })], { align: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT, after: 0 })],
    });
  const header = new TableRow({ tableHeader: true, children: block.columns.map((c) => cell(c.header, c.share, { bold: true, header: true })) });
  const rows = block.rows.map((cells, index) => new TableRow({
    children: block.columns.map((c, i) => cell(cells[i] ?? "", c.share, { bold: block.boldLastRow === true && index === block.rows.length - 1, right: c.align === "right" })),
  }));
  return new Table({ width: { size: A4_TEXT_WIDTH, type: WidthType.DXA }, columnWidths: block.columns.map((c) => Math.round(c.share * A4_TEXT_WIDTH)), rows: [header, ...rows] });
}

function signatures(signers: LheSigner[]): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  // The ketua tim signs on the right, as the letter's signer; the penanggung jawab on the left.
  const [lead, responsible] = signers;
  const box = (s: LheSigner | undefined) => new TableCell({
    width: { size: A4_TEXT_WIDTH / 2, type: WidthType.DXA },
    borders,
    children: s
      ? [
        para([run(s.role)], { align: AlignmentType.CENTER, after: 0 }),
        ...(s.title ? [para([run(s.title)], { align: AlignmentType.CENTER, after: 0 })] : []),
        para([run("")], { after: 1200 }),
        para([run(s.name, { bold: true, underline: true })], { align: AlignmentType.CENTER, after: 0 }),
        para([run(s.nip ? `NIP ${s.nip}` : "NIP ……………………")], { align: AlignmentType.CENTER }),
      ]
      : [para([run("")])],
  });
  return new Table({ width: { size: A4_TEXT_WIDTH, type: WidthType.DXA }, borders, rows: [new TableRow({ children: [box(responsible), box(lead)] })] });
}

function blockElements(block: LheBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ children: [run(block.text, { bold: true, size: 24 })], spacing: { before: 240, after: 80 } })];
    case "paragraph":
      return [para([run(block.text, { bold: block.bold, italics: block.italic })])];
    case "list":
      return block.items.map((item) => para([run(`• ${item}`)], { indent: 240, after: 40 }));
    case "fields":
      return block.rows.map(([label, value]) => para([run(`${label}: `, { bold: true }), run(value)], { after: 20 }));
    case "table":
      return [table(block), para([run("")], { after: 40 })];
    case "signatures":
      return [para([run("")], { after: 240 }), signatures(block.signers)];
  }
}

/** The LHE as DOCX bytes. */
export async function renderLheDocx(content: LheContent): Promise<Buffer> {
  const [first, ...rest] = content.titleLines;
  const title = [
    para([run(first ?? "", { bold: true, size: 28 })], { align: AlignmentType.CENTER, after: 40 }),
    ...rest.map((line) => para([run(line)], { align: AlignmentType.CENTER, after: 40 })),
    para([run("")]),
  ];
  const header = content.draft ? new Header({ children: [new Paragraph({ children: [new TextWatermark({ text: DRAFT_MARK, color: "DC2626", opacity: 0.2, bold: true })] })] }) : undefined;
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 16, children: ["Halaman ", PageNumber.CURRENT, " dari ", PageNumber.TOTAL_PAGES] })] })],
  });
  const doc = new Document({
    title: content.documentTitle,
    creator: content.author,
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1417, bottom: 1417, left: 1417, right: 1417 } } },
      headers: header ? { default: header } : undefined,
      footers: { default: footer },
      children: [...title, ...content.blocks.flatMap(blockElements)],
    }],
  });
  return Packer.toBuffer(doc);
}
