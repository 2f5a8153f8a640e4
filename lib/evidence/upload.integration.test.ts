import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import type { EvidenceContent } from "./content";
import { EvidenceRefusal } from "./errors";
import { createEvidenceFixture, createTempStorage, DAY, QUESTION } from "./test-fixture";
import { CFB, DOCX, ELF, EXE, HTML, JPEG, ODT, PDF, PLAIN_ZIP, PNG } from "./test-files";
import { uploadEvidence } from "./upload";

const db = () => getTestDb();
let fixture: Awaited<ReturnType<typeof createEvidenceFixture>>;
let temp: Awaited<ReturnType<typeof createTempStorage>>;

type UploadInput = { user?: SessionUser; assessmentId?: string; questionCode?: string; fileName: string; bytes: Uint8Array<ArrayBuffer>; content?: EvidenceContent; maxBytes?: number; now?: Date };

const upload = ({ user, assessmentId, questionCode, fileName, bytes, content, maxBytes, now }: UploadInput) =>
  uploadEvidence({
    db: db(),
    storage: temp.storage,
    tmpDir: temp.tmpDir,
    user: user ?? fixture.operator,
    assessmentId: assessmentId ?? fixture.assessment.id,
    questionCode: questionCode ?? QUESTION,
    fileName,
    content: content ?? new Blob([bytes]).stream(),
    maxBytes: maxBytes ?? 1024 * 1024,
    now,
  });

/** The refusal an upload ends in (fails the test when it succeeds or fails otherwise). */
async function refusal(input: UploadInput): Promise<EvidenceRefusal> {
  const error = await upload(input).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(EvidenceRefusal);
  return error as EvidenceRefusal;
}

const stored = async () => ({ rows: await db().evidence.count(), events: await db().auditEvent.count(), ...(await temp.contents()) });

beforeEach(async () => {
  await resetDatabase();
  fixture = await createEvidenceFixture({ db: db() });
  temp = await createTempStorage();
});
afterEach(() => temp.remove());

describe("uploadEvidence accepts", () => {
  it("a PDF: stores the bytes once, the row with the detected type and an audit event without the bytes", async () => {
    const item = await upload({ fileName: "SK Tim ZI.pdf", bytes: PDF });
    expect(item).toMatchObject({ kind: "FILE", questionCode: QUESTION, fileName: "SK Tim ZI.pdf", mimeType: "application/pdf", size: PDF.length });
    const row = await db().evidence.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.uploadedById).toBe(fixture.operator.id);
    expect((await temp.contents()).objects).toEqual([row.sha256]);
    const [event, ...rest] = await db().auditEvent.findMany();
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ action: "evidence.upload", entityId: item.id, actorId: fixture.operator.id, assessmentId: fixture.assessment.id });
    expect(event?.after).toEqual({ questionCode: QUESTION, fileName: "SK Tim ZI.pdf", mimeType: "application/pdf", size: PDF.length, sha256: row.sha256 });
    expect(JSON.stringify([event?.before, event?.after])).not.toContain("%PDF");
    await upload({ fileName: "salinan.pdf", bytes: PDF });
    expect(await stored()).toMatchObject({ rows: 2, objects: [row.sha256], spooled: [] });
  });

  it.each([
    ["foto.png", PNG, "image/png", "foto.png"],
    ["foto.jpeg", JPEG, "image/jpeg", "foto.jpg"],
    ["notulen.docx", DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "notulen.docx"],
    ["notulen.odt", ODT, "application/vnd.oasis.opendocument.text", "notulen.odt"],
    ["anggaran.xls", CFB, "application/vnd.ms-excel", "anggaran.xls"],
    ["scan.pdf", PNG, "image/png", "scan.png"],
  ])("%s, typed by its content", async (fileName, bytes, mimeType, savedName) => {
    expect(await upload({ fileName, bytes })).toMatchObject({ mimeType, fileName: savedName });
  });

  it("a name with path and control characters, stored sanitised", async () => {
    const item = await upload({ fileName: '..\\..\\windows/system32/"lap\u0000oran"\u202E.pdf', bytes: PDF });
    expect(item.fileName).toBe("laporan.pdf");
  });
});

describe("uploadEvidence refuses, and changes nothing", () => {
  beforeEach(async () => {
    await upload({ fileName: "awal.pdf", bytes: PDF });
  });

  it.each([
    ["HTML renamed .pdf", "laporan.pdf", HTML, "tidak dikenali"],
    ["EXE renamed .pdf", "laporan.pdf", EXE, "EXE"],
    ["ELF renamed .docx", "notulen.docx", ELF, "ELF"],
    ["plain zip renamed .docx", "notulen.docx", PLAIN_ZIP, "ZIP"],
    ["legacy Office container not named .doc/.xls/.ppt", "setup.msi", CFB, ".doc"],
  ])("%s (415)", async (_case, fileName, bytes, hint) => {
    const before = await stored();
    const error = await refusal({ fileName, bytes });
    expect(error.status).toBe(415);
    expect(error.message).toContain(hint);
    expect(await stored()).toEqual(before);
  });

  it("an empty file (400)", async () => {
    const before = await stored();
    expect(await refusal({ fileName: "kosong.pdf", bytes: new Uint8Array(0) })).toMatchObject({ status: 400, message: expect.stringContaining("kosong") });
    expect(await stored()).toEqual(before);
  });

  it("a file over the limit (413), read no further than the limit", async () => {
    const before = await stored();
    let chunksRead = 0;
    async function* endless() {
      yield PDF;
      for (;;) {
        chunksRead += 1;
        yield new Uint8Array(1024);
      }
    }
    expect(await refusal({ fileName: "besar.pdf", bytes: PDF, content: endless(), maxBytes: 2048 })).toMatchObject({ status: 413, message: expect.stringContaining("2 KB") });
    expect(chunksRead).toBe(2);
    expect(await stored()).toEqual(before);
  });

  it("another unit's assessment (404), before reading anything", async () => {
    const before = await stored();
    expect(await refusal({ user: fixture.otherOperator, fileName: "x.pdf", bytes: PDF })).toMatchObject({ status: 404 });
    expect(await refusal({ assessmentId: fixture.otherAssessment.id, fileName: "x.pdf", bytes: PDF })).toMatchObject({ status: 404 });
    expect(await stored()).toEqual(before);
  });

  it("a role other than the unit's operator (403)", async () => {
    for (const user of [fixture.tpi, fixture.admin, fixture.pimpinan]) {
      expect(await refusal({ user, fileName: "x.pdf", bytes: PDF })).toMatchObject({ status: 403 });
    }
  });

  it("a question that is not in the period's LKE version (400)", async () => {
    expect(await refusal({ questionCode: "Z.9.9", fileName: "x.pdf", bytes: PDF })).toMatchObject({ status: 400 });
  });

  it("after submit, after the deadline and in a closed period (403)", async () => {
    const before = await stored();
    const assessmentWhere = { id: fixture.assessment.id };
    await db().assessment.update({ where: assessmentWhere, data: { state: "SUBMITTED", submittedAt: new Date() } });
    expect(await refusal({ fileName: "x.pdf", bytes: PDF })).toMatchObject({ status: 403, message: expect.stringContaining("terkunci") });
    await db().assessment.update({ where: assessmentWhere, data: { state: "DRAFT", submittedAt: null } });
    expect(await refusal({ fileName: "x.pdf", bytes: PDF, now: new Date(Date.now() + 31 * DAY) })).toMatchObject({ status: 403, message: expect.stringContaining("Batas waktu") });
    await db().period.update({ where: { id: fixture.period.id }, data: { status: "CLOSED", closedAt: new Date() } });
    expect(await refusal({ fileName: "x.pdf", bytes: PDF })).toMatchObject({ status: 403, message: expect.stringContaining("ditutup") });
    expect(await stored()).toEqual(before);
  });
});
