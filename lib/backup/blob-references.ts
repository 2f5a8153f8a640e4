// Where rows point at bukti dukung bytes in the evidence storage: every (table, column) that
// holds a sha256 of a stored object, with the column that holds its size. The backup carries
// every object named here; a new table with stored files adds one line.
export type BlobReference = { table: string; sha256Column: string; sizeColumn: string };

export const BLOB_REFERENCES: readonly BlobReference[] = [
  { table: "Evidence", sha256Column: "sha256", sizeColumn: "size" },
  // Tabel 5 source documents of the instansi (PermenPAN-RB 5/2024), uploaded like bukti dukung.
  { table: "InstansiCondition", sha256Column: "sha256", sizeColumn: "size" },
  // Signed proposal letters, SPTJM and TPN stage documents (issue 14).
  { table: "ProposalFile", sha256Column: "sha256", sizeColumn: "size" },
  // The signed LHE scan kept as the LHE of record (issue 13).
  { table: "LheRecord", sha256Column: "signedSha256", sizeColumn: "signedSize" },
];
