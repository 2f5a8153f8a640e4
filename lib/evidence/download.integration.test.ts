import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { getEvidenceDownload } from "./download";
import { listEvidence } from "./queries";
import { createEvidenceFixture, createTempStorage, QUESTION } from "./test-fixture";
import { DOCX, PDF } from "./test-files";
import { uploadEvidence } from "./upload";

const db = () => getTestDb();
let fixture: Awaited<ReturnType<typeof createEvidenceFixture>>;
let temp: Awaited<ReturnType<typeof createTempStorage>>;
let pdfId: string;
let docxId: string;

const download = (user: SessionUser, evidenceId = pdfId, forceAttachment = false) =>
  getEvidenceDownload({ db: db(), storage: temp.storage, user, evidenceId, forceAttachment });

beforeEach(async () => {
  await resetDatabase();
  fixture = await createEvidenceFixture({ db: db() });
  temp = await createTempStorage();
  const put = (fileName: string, bytes: Uint8Array) =>
    uploadEvidence({ db: db(), storage: temp.storage, tmpDir: temp.tmpDir, user: fixture.operator, assessmentId: fixture.assessment.id, questionCode: QUESTION, fileName, content: bytes, maxBytes: 1024 * 1024 });
  pdfId = (await put("Laporan Triwulan Ü.pdf", PDF)).id;
  docxId = (await put("notulen.docx", DOCX)).id;
});
afterEach(() => temp.remove());

describe("getEvidenceDownload", () => {
  it("gives the unit's operator, the assigned TPI, admin and pimpinan the bytes with safe headers", async () => {
    for (const user of [fixture.operator, fixture.tpi, fixture.admin, fixture.pimpinan]) {
      const result = await download(user);
      expect(result?.headers).toMatchObject({ "Content-Type": "application/pdf", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" });
      expect(result?.headers["Content-Disposition"]).toBe(`inline; filename="Laporan Triwulan _.pdf"; filename*=UTF-8''Laporan%20Triwulan%20%C3%9C.pdf`);
      expect(result && Buffer.concat(await result.body.toArray())).toEqual(PDF);
    }
  });

  it("offers office documents as attachments, and a PDF too with ?download=1", async () => {
    expect((await download(fixture.operator, docxId))?.headers["Content-Disposition"]).toMatch(/^attachment; /);
    expect((await download(fixture.operator, pdfId, true))?.headers["Content-Disposition"]).toMatch(/^attachment; /);
  });

  it("answers null (404) to another unit's operator and an unassigned TPI, as to an unknown id", async () => {
    expect(await download(fixture.otherOperator)).toBeNull();
    expect(await download(fixture.otherTpi)).toBeNull();
    expect(await download(fixture.operator, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await download(fixture.operator, "../../etc/passwd")).toBeNull();
  });

  it("serves no link rows as files", async () => {
    const link = await db().evidence.create({ data: { assessmentId: fixture.assessment.id, questionCode: QUESTION, kind: "LINK", url: "https://serangkab.go.id", uploadedById: fixture.operator.id } });
    expect(await download(fixture.operator, link.id)).toBeNull();
  });
});

describe("listEvidence", () => {
  it("groups one assessment's evidence by question, oldest first, and nothing of another's", async () => {
    await db().evidence.create({ data: { assessmentId: fixture.otherAssessment.id, questionCode: QUESTION, kind: "LINK", url: "https://bapenda.serangkab.go.id", uploadedById: fixture.otherOperator.id } });
    await db().evidence.create({ data: { assessmentId: fixture.assessment.id, questionCode: "A.I.1.i.b", kind: "LINK", url: "https://serangkab.go.id", uploadedById: fixture.operator.id } });
    const grouped = await listEvidence({ db: db(), assessmentId: fixture.assessment.id });
    expect(Object.keys(grouped).sort()).toEqual([QUESTION, "A.I.1.i.b"].sort());
    expect(grouped[QUESTION]?.map((e) => e.id)).toEqual([pdfId, docxId]);
    expect(grouped[QUESTION]?.[0]).toMatchObject({ fileName: "Laporan Triwulan Ü.pdf", mimeType: "application/pdf", needsRecheck: false, createdAt: expect.any(String) });
  });
});
