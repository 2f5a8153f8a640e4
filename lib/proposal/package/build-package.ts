import "server-only";
import type { Readable, Writable } from "node:stream";
import { type Archiver, ZipArchive } from "archiver";
import { stringify } from "csv-stringify/sync";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/create-client";
import { slugifyUnitName } from "@/lib/exports/file-names";
import type { EvidenceStorage } from "@/lib/evidence/storage";
import { loadLetterData, renderLetterFile } from "../letters/documents";
import { hashingStream, manifestText, sha256Of } from "./hashing";
import { unitDocuments } from "./unit-documents";

// The proposal package (issue 14): one zip with the letter and the SPTJM (PDF and DOCX, and the
// signed scans when uploaded), per unit its LHE, LKE workbook and an index of its bukti dukung
// (optionally the files), and manifest.sha256 over every other entry. Entries go into the zip
// one at a time and each is consumed before the next is opened, so memory holds one unit's
// small documents and one stream's buffers at most, whatever the package's size.

export type PackageOptions = { db: Db; user: SessionUser; storage: EvidenceStorage; roundId: string; includeEvidence: boolean; output: Writable };
export type PackageSummary = { entries: number; bytesIn: number; missing: number };

type Entry = { path: string; sha256: string };

/** Appends one entry and waits until archiver has written it (so its hash is complete). */
function append(archive: Archiver, source: Buffer | Readable, name: string, store: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const onEntry = () => {
      archive.off("error", onError);
      resolve();
    };
    const onError = (error: Error) => {
      archive.off("entry", onEntry);
      reject(error);
    };
    archive.once("entry", onEntry);
    archive.once("error", onError);
    archive.append(source, { name, store });
  });
}

/** How many bytes the package will be at least: what the progress bar measures against. */
export async function estimatePackageBytes({ db, roundId, includeEvidence }: { db: Db; roundId: string; includeEvidence: boolean }): Promise<number> {
  const units = await db.proposedUnit.count({ where: { roundId } });
  // ~60 KB for a unit's LHE and LKE, ~40 KB for the letters (measured on the demo data).
  const documents = 40_000 + units * 60_000;
  if (!includeEvidence) return documents;
  const proposed = await db.proposedUnit.findMany({ where: { roundId }, select: { assessmentId: true } });
  const { _sum } = await db.evidence.aggregate({ where: { assessmentId: { in: proposed.map((p) => p.assessmentId) }, kind: "FILE" }, _sum: { size: true } });
  return documents + (_sum.size ?? 0);
}

export async function writeProposalPackage({ db, user, storage, roundId, includeEvidence, output }: PackageOptions): Promise<PackageSummary | null> {
  const letter = await loadLetterData({ db, roundId });
  if (!letter) return null;
  const round = await db.proposalRound.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      files: { where: { kind: { in: ["SURAT_PENGAJUAN", "SPTJM"] } }, orderBy: { createdAt: "asc" }, select: { kind: true, fileName: true, sha256: true } },
      units: { orderBy: { unit: { name: "asc" } }, select: { assessmentId: true, target: true, route: true, unit: { select: { name: true, code: true } } } },
    },
  });
  const archive = new ZipArchive({ zlib: { level: 6 } });
  // The archive's errors reach this function through append() and finalize(); an output closed
  // between two entries would otherwise emit one nobody listens to and bring down the server.
  archive.on("error", () => undefined);
  archive.pipe(output);
  // A download cancelled half-way closes the output: stop reading storage and end the build.
  let finished = false;
  output.once("close", () => {
    if (!finished) {
      archive.abort();
      archive.emit("error", new Error("Unduhan paket dibatalkan"));
    }
  });
  const entries: Entry[] = [];
  let missing = 0;
  let bytesIn = 0;
  const addBuffer = async (name: string, body: Buffer) => {
    await append(archive, body, name, false);
    entries.push({ path: name, sha256: sha256Of(body) });
    bytesIn += body.length;
  };
  const addStored = async (name: string, sha256: string): Promise<boolean> => {
    const body = await storage.get({ sha256 });
    if (!body) return false;
    const hashing = hashingStream();
    body.once("error", (error) => hashing.destroy(error));
    // Bukti dukung are PDFs and photos, already compressed: stored, not deflated again.
    await append(archive, body.pipe(hashing), name, true);
    entries.push({ path: name, sha256: hashing.digest() });
    bytesIn += hashing.bytes();
    return true;
  };

  for (const file of ["surat-pengajuan.pdf", "surat-pengajuan.docx", "sptjm.pdf", "sptjm.docx"] as const) {
    const rendered = await renderLetterFile(letter, file);
    await addBuffer(`01-surat/${rendered.fileName}`, rendered.body);
  }
  for (const [i, scan] of round.files.entries()) {
    if (!(await addStored(`01-surat/ttd-${i + 1}-${scan.kind === "SPTJM" ? "SPTJM" : "Surat_Pengajuan"}-${scan.fileName}`, scan.sha256))) missing += 1;
  }

  for (const [i, u] of round.units.entries()) {
    const folder = `02-unit/${String(i + 1).padStart(2, "0")}-${slugifyUnitName(u.unit.name)}`;
    for (const doc of await unitDocuments({ db, user, assessmentId: u.assessmentId })) await addBuffer(`${folder}/${doc.fileName}`, doc.body);
    const evidence = await db.evidence.findMany({ where: { assessmentId: u.assessmentId }, orderBy: [{ questionCode: "asc" }, { createdAt: "asc" }], select: { questionCode: true, kind: true, fileName: true, url: true, sha256: true, size: true } });
    const rows: string[][] = [];
    for (const [n, e] of evidence.entries()) {
      let inZip = "";
      if (includeEvidence && e.kind === "FILE" && e.sha256) {
        const name = `${folder}/bukti-dukung/${e.questionCode}/${String(n + 1).padStart(3, "0")}-${e.fileName ?? "berkas"}`;
        if (await addStored(name, e.sha256)) inZip = name.slice(folder.length + 1);
        else {
          missing += 1;
          inZip = "(tidak ditemukan di penyimpanan)";
        }
      }
      rows.push([e.questionCode, e.kind === "FILE" ? "berkas" : "tautan", e.fileName ?? "", e.url ?? "", e.sha256 ?? "", e.size === null ? "" : String(e.size), inZip]);
    }
    const index = stringify([["kode_pertanyaan", "jenis", "nama_berkas", "tautan", "sha256", "ukuran_byte", "berkas_dalam_paket"], ...rows], { record_delimiter: "\r\n" });
    await addBuffer(`${folder}/indeks-bukti-dukung.csv`, Buffer.from(index, "utf8"));
  }

  const manifest = Buffer.from(manifestText(entries), "utf8");
  archive.append(manifest, { name: "manifest.sha256" });
  finished = true;
  await archive.finalize();
  return { entries: entries.length + 1, bytesIn, missing };
}
