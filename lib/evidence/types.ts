import type { EvidenceKind } from "@/lib/db/generated/enums";

/** One bukti dukung as the interface shows it (plain data: crosses to client components and JSON). */
export type EvidenceItem = {
  id: string;
  questionCode: string;
  kind: EvidenceKind;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  url: string | null;
  needsRecheck: boolean;
  createdAt: string;
};

/** The bukti dukung of one assessment, by question code. */
export type EvidenceByQuestion = Record<string, EvidenceItem[]>;

type EvidenceRow = Omit<EvidenceItem, "createdAt"> & { createdAt: Date };

export const EVIDENCE_ITEM_SELECT = {
  id: true,
  questionCode: true,
  kind: true,
  fileName: true,
  mimeType: true,
  size: true,
  url: true,
  needsRecheck: true,
  createdAt: true,
} as const;

export function toEvidenceItem(row: EvidenceRow): EvidenceItem {
  return { ...row, createdAt: row.createdAt.toISOString() };
}
