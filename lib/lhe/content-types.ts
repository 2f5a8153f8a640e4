// The LHE as data, built once (build-content.ts) and rendered twice: PDF (render-pdf.ts) and DOCX
// (render-docx.ts). Renderers only lay out these blocks; every word and number is decided here.

export type LheColumn = {
  header: string;
  /** Share of the text width, 0–1; a table's shares sum to 1. */
  share: number;
  align?: "left" | "right";
};

export type LheBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; bold?: boolean; italic?: boolean }
  | { kind: "list"; items: string[] }
  | { kind: "fields"; rows: [label: string, value: string][] }
  | { kind: "table"; columns: LheColumn[]; rows: string[][]; boldLastRow?: boolean }
  | { kind: "signatures"; signers: LheSigner[] };

export type LheSigner = { role: string; title: string | null; name: string; nip: string | null };

export type LheContent = {
  /** Document properties (PDF Title, DOCX title). */
  documentTitle: string;
  author: string;
  /** Shown as "DRAF" across every page while the assessment is not FINAL. */
  draft: boolean;
  /** The letter head's centred lines, first one bold. */
  titleLines: string[];
  blocks: LheBlock[];
};

/** The mark for a TPI value the TPI has not given (never 0, which would read as a judgement). */
export const NO_VALUE = "–";
export const DRAFT_MARK = "DRAF";
