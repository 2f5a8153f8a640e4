import { contentDisposition } from "@/lib/evidence/download-headers";

// Names and headers of the exported documents: named after the unit and the year, always
// downloaded, never cached by a shared cache, never sniffed into another type.

export const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  csv: "text/csv; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;
export type ExportKind = keyof typeof CONTENT_TYPES;

/** "Dinas Kesehatan (Dinkes)" → "Dinas-Kesehatan-Dinkes": ASCII letters, digits and hyphens. */
export function slugifyUnitName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 80).replace(/-+$/, "") || "Unit";
}

/** e.g. exportFileName("LKE", "Dinas Kesehatan", 2026, "xlsx") → "LKE-Dinas-Kesehatan-2026.xlsx". */
export function exportFileName(prefix: string, unitName: string | null, year: number, kind: ExportKind): string {
  const middle = unitName === null ? "" : `-${slugifyUnitName(unitName)}`;
  return `${prefix}${middle}-${year}.${kind}`;
}

export type ExportFile = { fileName: string; kind: ExportKind; body: Buffer };

export function exportHeaders(file: ExportFile): Record<string, string> {
  return {
    "Content-Type": CONTENT_TYPES[file.kind],
    "Content-Disposition": contentDisposition({ fileName: file.fileName, inline: false }),
    "Content-Length": String(file.body.byteLength),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Content-Security-Policy": "sandbox; default-src 'none'",
  };
}
