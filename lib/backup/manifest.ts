import { z } from "zod";

// The table of contents of a backup archive (manifest.json, its last entry). It names every
// other entry with its sha256, so `npm run restore` can prove the archive whole before it
// writes anything. Bump BACKUP_FORMAT when the layout changes; restore refuses other formats.

export const BACKUP_FORMAT = 1;
export const MANIFEST_ENTRY = "manifest.json";
/** A manifest is a few kilobytes per table; anything far larger is not ours. */
export const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.iso.datetime(),
  portalVersion: z.string(),
  postgresVersion: z.string(),
  /** The last migration applied to the backed-up database: restore migrates to exactly this. */
  migrationLevel: z.string().nullable(),
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  /** In archive order, which is an order where every table comes after the tables it references. */
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()).min(1), rows: z.number().int().nonnegative(), entry: z.string() })),
  /** Sequence positions, read inside the snapshot (never behind the rows it holds). */
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() })),
  evidence: z.object({
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    /** Referenced by a row but absent from the storage when the backup ran. */
    missing: z.array(sha256),
  }),
  entries: z.record(z.string(), z.object({ sha256, size: z.number().int().nonnegative() })),
});

export type Manifest = z.infer<typeof ManifestSchema>;
export type ManifestTable = Manifest["tables"][number];

export const tableEntryName = (table: string) => `database/${encodeURIComponent(table)}.copy.gz`;
export const evidenceEntryName = (sha: string) => `evidence/${sha.slice(0, 2)}/${sha}`;

const EVIDENCE_ENTRY = /^evidence\/[0-9a-f]{2}\/([0-9a-f]{64})$/;

/** The sha256 an evidence entry is named after, or null for any other entry. */
export function evidenceShaOf(entry: string): string | null {
  return EVIDENCE_ENTRY.exec(entry)?.[1] ?? null;
}
