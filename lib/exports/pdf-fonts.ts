import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { DomainError } from "@/lib/errors";

// The PDFs embed DejaVu Sans (npm `dejavu-fonts-ttf`, Bitstream Vera licence + public domain)
// instead of PDFKit's built-in Helvetica, which can only encode WinAnsi: TPI notes and unit names
// keep "≥", "→", "–" and Latin Extended letters as typed. PDFKit embeds only the glyphs used.

/** The names the documents use; every `doc.font(...)` goes through these. */
export const PDF_FONT = { regular: "Sans", bold: "Sans-Bold" } as const;

type Face = keyof typeof PDF_FONT;
export type PdfFontFiles = Record<Face, string>;

export class PdfFontMissing extends DomainError {
  constructor() {
    super("Dokumen PDF tidak dapat dibuat karena berkas huruf (DejaVu Sans) tidak ditemukan di server. Hubungi admin portal.");
    this.name = "PdfFontMissing";
  }
}

const require = createRequire(import.meta.url);

function resolveFromHere(specifier: string): string | null {
  try {
    // Resolved by Node at run time: Turbopack would otherwise try to bundle the .ttf as a module.
    return require.resolve(/* turbopackIgnore: true */ specifier);
  } catch {
    return null;
  }
}

/**
 * Where each face may be: Node's resolution from this module (vitest, tsx, and the server bundle,
 * where Turbopack points import.meta.url at this source file under the project root), then the
 * project's node_modules under the working directory, where `next start` runs. Written out per
 * face so that the build's file tracing keeps these two files, not the package's 22 fonts.
 */
const DEFAULT_CANDIDATES: Record<Face, () => (string | null)[]> = {
  regular: () => [resolveFromHere("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"), path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf")],
  bold: () => [resolveFromHere("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"), path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")],
};

/** The font files of both faces, or PdfFontMissing (with the paths tried in the server log). */
export function findPdfFontFiles({ candidates = (face) => DEFAULT_CANDIDATES[face]() }: { candidates?: (face: Face) => (string | null)[] } = {}): PdfFontFiles {
  const files = {} as PdfFontFiles;
  for (const face of Object.keys(PDF_FONT) as Face[]) {
    const tried = candidates(face).filter((file): file is string => file !== null);
    const hit = tried.find((file) => existsSync(file));
    if (!hit) {
      console.error(`[pdf] ${face} face of dejavu-fonts-ttf not found; tried: ${tried.join(", ") || "nothing resolvable"}`);
      throw new PdfFontMissing();
    }
    files[face] = hit;
  }
  return files;
}

let located: PdfFontFiles | undefined;

/** The font files, looked up once per process (a failed look-up is tried again next time). */
export function getPdfFontFiles(): PdfFontFiles {
  located ??= findPdfFontFiles();
  return located;
}

/** Registers both faces on one document under PDF_FONT's names. */
export function registerPdfFonts(doc: PDFKit.PDFDocument, files: PdfFontFiles): void {
  doc.registerFont(PDF_FONT.regular, files.regular).registerFont(PDF_FONT.bold, files.bold);
}
