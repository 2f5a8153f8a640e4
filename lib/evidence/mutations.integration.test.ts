import { beforeEach, describe, expect, it } from "vitest";
import { attempt } from "@/lib/admin/test-support";
import type { SessionUser } from "@/lib/auth/session";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { createEvidenceLink, deleteEvidence } from "./mutations";
import { listEvidence } from "./queries";
import { EvidenceDeleteSchema, EvidenceLinkSchema } from "./schemas";
import { createEvidenceFixture, DAY, QUESTION } from "./test-fixture";

const db = () => getTestDb();
let fixture: Awaited<ReturnType<typeof createEvidenceFixture>>;

const addLink = (raw: Record<string, unknown>, user: SessionUser = fixture.operator) =>
  attempt(EvidenceLinkSchema, (input) => createEvidenceLink({ db: db(), user, input }), { assessmentId: fixture.assessment.id, questionCode: QUESTION, ...raw });
const remove = (raw: Record<string, unknown>, { user = fixture.operator, now }: { user?: SessionUser; now?: Date } = {}) =>
  attempt(EvidenceDeleteSchema, (input) => deleteEvidence({ db: db(), user, input, now }), { assessmentId: fixture.assessment.id, ...raw });
const actions = async () => (await db().auditEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.action);

beforeEach(async () => {
  await resetDatabase();
  fixture = await createEvidenceFixture({ db: db() });
});

describe("createEvidenceLink", () => {
  it("adds an https link with an evidence.link event, and lists it under its question", async () => {
    const result = await addLink({ url: " https://dinkes.serangkab.go.id/zi/sk-tim " });
    expect(result).toMatchObject({ ok: true, data: { kind: "LINK", url: "https://dinkes.serangkab.go.id/zi/sk-tim", fileName: null } });
    const event = await db().auditEvent.findFirstOrThrow();
    expect(event).toMatchObject({ action: "evidence.link", actorId: fixture.operator.id, after: { questionCode: QUESTION, url: "https://dinkes.serangkab.go.id/zi/sk-tim" } });
    expect(Object.keys(await listEvidence({ db: db(), assessmentId: fixture.assessment.id }))).toEqual([QUESTION]);
  });

  it.each(["javascript:alert(1)", "ftp://serangkab.go.id/a", "file:///etc/passwd", "https://user:rahasia@serangkab.go.id/", "bukan alamat", `https://serangkab.go.id/${"a".repeat(2000)}`])(
    "refuses %s",
    async (url) => {
      expect(await addLink({ url })).toMatchObject({ ok: false, fieldErrors: { url: [expect.any(String)] } });
      expect(await db().evidence.count()).toBe(0);
    },
  );

  it("refuses the same link twice on one question, another unit's assessment, and a locked one", async () => {
    const url = "https://serangkab.go.id/zi";
    expect(await addLink({ url })).toMatchObject({ ok: true });
    expect(await addLink({ url })).toMatchObject({ ok: false, error: expect.stringContaining("sudah ada") });
    expect(await addLink({ url }, fixture.otherOperator)).toMatchObject({ ok: false, error: expect.stringContaining("bukan milik unit Anda") });
    await db().assessment.update({ where: { id: fixture.assessment.id }, data: { state: "SUBMITTED" } });
    expect(await addLink({ url: "https://serangkab.go.id/lain" })).toMatchObject({ ok: false, error: expect.stringContaining("terkunci") });
    expect(await db().evidence.count()).toBe(1);
    expect(await actions()).toEqual(["evidence.link"]);
  });
});

describe("deleteEvidence", () => {
  let evidenceId: string;
  beforeEach(async () => {
    const added = await addLink({ url: "https://serangkab.go.id/zi" });
    if (!added.ok) throw new Error(added.error);
    evidenceId = added.data.id;
  });

  it("removes the row and records evidence.delete with the before snapshot", async () => {
    expect(await remove({ evidenceId })).toEqual({ ok: true, data: { id: evidenceId } });
    expect(await db().evidence.count()).toBe(0);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "evidence.delete" } });
    expect(event).toMatchObject({ entityId: evidenceId, actorId: fixture.operator.id, assessmentId: fixture.assessment.id, after: null });
    expect(event.before).toMatchObject({ id: evidenceId, kind: "LINK", url: "https://serangkab.go.id/zi", questionCode: QUESTION });
  });

  it("finds evidence only through its own assessment: another assessment's id does not reach it", async () => {
    const other = await db().evidence.create({ data: { assessmentId: fixture.otherAssessment.id, questionCode: QUESTION, kind: "LINK", url: "https://bapenda.serangkab.go.id", uploadedById: fixture.otherOperator.id } });
    expect(await remove({ evidenceId: other.id })).toMatchObject({ ok: false, error: expect.stringContaining("tidak ditemukan") });
    expect(await remove({ evidenceId: other.id, assessmentId: fixture.otherAssessment.id })).toMatchObject({ ok: false, error: expect.stringContaining("bukan milik unit Anda") });
    expect(await remove({ evidenceId }, { user: fixture.otherOperator })).toMatchObject({ ok: false });
    expect(await db().evidence.count()).toBe(2);
    expect(await actions()).toEqual(["evidence.link"]);
  });

  it("is refused after the deadline, after submit and in a closed period", async () => {
    expect(await remove({ evidenceId }, { now: new Date(Date.now() + 31 * DAY) })).toMatchObject({ ok: false, error: expect.stringContaining("Batas waktu") });
    await db().period.update({ where: { id: fixture.period.id }, data: { status: "CLOSED" } });
    expect(await remove({ evidenceId })).toMatchObject({ ok: false, error: expect.stringContaining("ditutup") });
    await db().period.update({ where: { id: fixture.period.id }, data: { status: "OPEN" } });
    await db().assessment.update({ where: { id: fixture.assessment.id }, data: { state: "SUBMITTED" } });
    expect(await remove({ evidenceId })).toMatchObject({ ok: false, error: expect.stringContaining("terkunci") });
    expect(await db().evidence.count()).toBe(1);
    expect(await actions()).toEqual(["evidence.link"]);
  });
});
