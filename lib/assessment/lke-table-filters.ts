// The filters of the compact LKE table (issue 12). A row's state changes as the unit works
// (answers, bukti dukung); the table applies a filter to the state at the moment it is chosen,
// so a row does not vanish under the cursor when it is answered.

export const TABLE_FILTERS = {
  all: "Semua pertanyaan",
  unanswered: "Belum dijawab",
  noEvidence: "Tanpa bukti dukung",
  recheck: "Perlu dicek ulang",
  returned: "Dikembalikan TPI",
  differsFromTpi: "Berbeda dari TPI",
} as const;
export type TableFilter = keyof typeof TABLE_FILTERS;

export type RowState = { value: number | null; evidence: number; needsRecheck: boolean; returned: boolean; tpiValue: number | null };

// Values are compared to the precision lib/scoring's options have (0.67 vs 2/3 is the same answer).
const EPSILON = 1e-9;

export function rowMatches(filter: TableFilter, row: RowState): boolean {
  switch (filter) {
    case "all":
      return true;
    case "unanswered":
      return row.value === null;
    case "noEvidence":
      return row.evidence === 0;
    case "recheck":
      return row.needsRecheck;
    case "returned":
      return row.returned;
    case "differsFromTpi":
      return row.tpiValue !== null && Math.abs((row.value ?? 0) - row.tpiValue) > EPSILON;
  }
}

/** The filters worth offering: "dikembalikan" and "berbeda dari TPI" only once the TPI has spoken. */
export function availableFilters({ returnedAny, tpiVisible }: { returnedAny: boolean; tpiVisible: boolean }): TableFilter[] {
  return (Object.keys(TABLE_FILTERS) as TableFilter[]).filter((f) => (f === "returned" ? returnedAny : f === "differsFromTpi" ? tpiVisible : true));
}

/** The code of the first unanswered row after `from` (wrapping around), or null when all are answered. */
export function nextUnanswered(codes: string[], isAnswered: (code: string) => boolean, from: string | null): string | null {
  const start = from === null ? -1 : codes.indexOf(from);
  for (let step = 1; step <= codes.length; step++) {
    const code = codes[(start + step + codes.length) % codes.length]!;
    if (!isAnswered(code)) return code;
  }
  return null;
}
