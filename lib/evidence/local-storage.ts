import "server-only";
import { randomUUID } from "node:crypto";
import { constants } from "node:fs";
import { access, link, mkdir, open, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { SHA256_PATTERN, writeContentToFile } from "./content";
import type { EvidenceStorage } from "./storage";

// Files at <dir>/<first two hex digits>/<sha256>; new content is written to <dir>/.tmp first
// (same file system) and then linked into place, which is atomic and fails rather than
// overwrite: two uploads of the same bytes race harmlessly.

export function createLocalEvidenceStorage({ dir }: { dir: string }): EvidenceStorage {
  const tmpDir = path.join(dir, ".tmp");
  const objectPath = (sha256: string) => {
    if (!SHA256_PATTERN.test(sha256)) throw new Error(`Bukan sha256: ${sha256.slice(0, 80)}`);
    return path.join(dir, sha256.slice(0, 2), sha256);
  };

  return {
    async put({ content }) {
      await mkdir(tmpDir, { recursive: true, mode: 0o700 });
      const tmp = path.join(tmpDir, randomUUID());
      const written = await writeContentToFile({ content, path: tmp });
      try {
        const target = objectPath(written.sha256);
        await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
        await moveIntoPlace({ from: tmp, to: target });
      } finally {
        await unlink(tmp).catch(() => undefined);
      }
      return written;
    },
    async get({ sha256 }) {
      if (!SHA256_PATTERN.test(sha256)) return null;
      try {
        const handle = await open(objectPath(sha256), "r");
        return handle.createReadStream();
      } catch (error) {
        if (isCode(error, "ENOENT")) return null;
        throw error;
      }
    },
    async has({ sha256 }) {
      if (!SHA256_PATTERN.test(sha256)) return false;
      return stat(objectPath(sha256)).then((s) => s.isFile(), () => false);
    },
    async size({ sha256 }) {
      if (!SHA256_PATTERN.test(sha256)) return null;
      return stat(objectPath(sha256)).then((s) => (s.isFile() ? s.size : null), () => null);
    },
    async delete({ sha256 }) {
      if (!SHA256_PATTERN.test(sha256)) return;
      await unlink(objectPath(sha256)).catch((error: unknown) => {
        if (!isCode(error, "ENOENT")) throw error;
      });
    },
    async probe() {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await access(dir, constants.R_OK | constants.W_OK);
    },
  };
}

async function moveIntoPlace({ from, to }: { from: string; to: string }): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if (isCode(error, "EEXIST")) return; // same sha256, same bytes: already stored
    // File systems without hard links: rename, but only when nothing is there yet.
    if (!isCode(error, "EPERM") && !isCode(error, "ENOTSUP") && !isCode(error, "ENOSYS")) throw error;
    const exists = await stat(to).then(() => true, () => false);
    if (!exists) await rename(from, to);
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}

