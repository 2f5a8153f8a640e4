import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { getSessionUser } from "@/lib/auth/session";
import { createTempStorage } from "@/lib/evidence/test-fixture";
import { DOCX, HTML, PDF, PNG } from "@/lib/evidence/test-files";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { approveProposalRoundAction, saveProposalRoundAction, selectProposalUnitAction } from "./actions";
import { handleProposalFileUpload } from "./file-upload";
import { createProposalFixture } from "./test-fixture";

// Signed scans uploaded back (issue 14): through the bukti dukung storage and type checks, only
// PDF or a scanned image, only by ADMIN, only once the proposal is approved.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/db/prisma", () => ({ getDb: () => getTestDb() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = () => getTestDb();
let f: Awaited<ReturnType<typeof createProposalFixture>>;
let temp: Awaited<ReturnType<typeof createTempStorage>>;
let roundId: string;

function post(roundIdOf: string, fields: Record<string, string>, file: { bytes: Uint8Array<ArrayBuffer>; name: string } | null, user: SessionUser | null) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set("file", new File([file.bytes], file.name, { type: "application/pdf" }));
  const base = new Request(`http://portal.test/api/usulan/${roundIdOf}/berkas`, { method: "POST", body: form });
  const request = new Request(base, { headers: new Headers({ ...Object.fromEntries(base.headers), host: "portal.test", origin: "http://portal.test" }) });
  return handleProposalFileUpload({ request, user, db: db(), storage: temp.storage, maxBytes: 1024 * 1024, roundId: roundIdOf });
}

async function approve() {
  vi.mocked(getSessionUser).mockResolvedValue(f.users.PIMPINAN);
  expect((await approveProposalRoundAction({ roundId, lateReason: "" })).ok).toBe(true);
}

beforeEach(async () => {
  await resetDatabase();
  temp = await createTempStorage();
  f = await createProposalFixture(db());
  vi.mocked(getSessionUser).mockResolvedValue(f.users.ADMIN);
  const saved = await saveProposalRoundAction({ periodId: f.period.id, quota: "", letterNumber: "", signerName: "", signerNip: "" });
  if (!saved.ok) throw new Error(saved.error);
  roundId = saved.data.id;
  const unit = await f.unit();
  expect((await selectProposalUnitAction({ roundId, unitId: unit.id, target: "WBK" })).ok).toBe(true);
});
afterEach(() => temp.remove());

describe("signed scans", () => {
  it("keeps a signed PDF letter and a PNG SPTJM in the storage by sha256, audited", async () => {
    await approve();
    const letter = await post(roundId, { kind: "SURAT_PENGAJUAN" }, { bytes: PDF, name: "surat ttd.pdf" }, f.users.ADMIN);
    expect(letter.status).toBe(200);
    expect((await post(roundId, { kind: "SPTJM" }, { bytes: PNG, name: "sptjm.png" }, f.users.ADMIN)).status).toBe(200);
    const files = await db().proposalFile.findMany({ orderBy: { createdAt: "asc" } });
    expect(files).toMatchObject([{ kind: "SURAT_PENGAJUAN", mimeType: "application/pdf", fileName: "surat ttd.pdf" }, { kind: "SPTJM", mimeType: "image/png" }]);
    expect(await temp.storage.has({ sha256: files[0]!.sha256 })).toBe(true);
    expect(await db().auditEvent.count({ where: { action: "proposal.upload_file" } })).toBe(2);
  });

  it("refuses a Word file, a disguised HTML page, a draft round and a non-ADMIN, and keeps nothing", async () => {
    expect(await (await post(roundId, { kind: "SPTJM" }, { bytes: PDF, name: "sptjm.pdf" }, f.users.ADMIN)).json()).toMatchObject({ ok: false, error: "Dokumen bertanda tangan diunggah setelah usulan disetujui pimpinan." });
    await approve();
    const word = await post(roundId, { kind: "SPTJM" }, { bytes: DOCX, name: "sptjm.docx" }, f.users.ADMIN);
    expect(word.status).toBe(415);
    expect(await word.json()).toMatchObject({ error: "SPTJM bertanda tangan harus berupa PDF atau hasil pindai JPEG/PNG." });
    expect((await post(roundId, { kind: "SPTJM" }, { bytes: HTML, name: "sptjm.pdf" }, f.users.ADMIN)).status).toBe(415);
    const leader = await post(roundId, { kind: "SPTJM" }, { bytes: PDF, name: "sptjm.pdf" }, f.users.PIMPINAN);
    expect(leader.status).toBe(403);
    expect(await db().proposalFile.count()).toBe(0);
  });
});
