import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileTypeFromFile } from "file-type";
import { writeContentToFile, type EvidenceContent } from "@/lib/evidence/content";
import { EvidenceRefusal } from "@/lib/evidence/errors";
import { sanitizeFileName } from "@/lib/evidence/file-name";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { decideEvidenceType } from "@/lib/evidence/type-policy";

export type StoredConditionFile = { fileName: string; mimeType: string; size: number; sha256: string };

type StoreOptions = { storage: EvidenceStorage; fileName: string; content: EvidenceContent; maxBytes: number; tmpDir?: string };

/**
 * Stores a Tabel 5 source document in the bukti dukung storage, by the same rules as a bukti
 * dukung (lib/evidence/upload.ts): read up to the size limit, refuse an empty file, decide the
 * type from the bytes (never the name or the browser's claim), then put it under its sha256.
 */
export async function storeConditionFile({ storage, fileName, content, maxBytes, tmpDir }: StoreOptions): Promise<StoredConditionFile> {
  const spoolDir = await mkdtemp(path.join(tmpDir ?? tmpdir(), "tabel5-"));
  try {
    const spooled = path.join(spoolDir, randomUUID());
    const written = await writeContentToFile({ content, path: spooled, maxBytes });
    if (written.size === 0) throw new EvidenceRefusal({ status: 400, message: "Berkas kosong (0 byte); pilih berkas yang berisi." });
    const decision = decideEvidenceType({ detected: await fileTypeFromFile(spooled), fileName });
    if (!decision.ok) throw new EvidenceRefusal({ status: 415, message: decision.message });
    const stored = await storage.put({ content: createReadStream(spooled) });
    if (stored.sha256 !== written.sha256) throw new Error("Penyimpanan berkas mengembalikan sha256 yang berbeda");
    return { fileName: sanitizeFileName({ name: fileName, ext: decision.type.ext }), mimeType: decision.type.mime, size: stored.size, sha256: stored.sha256 };
  } finally {
    await rm(spoolDir, { recursive: true, force: true });
  }
}
