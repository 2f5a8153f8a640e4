import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditTrail } from "@/lib/admin/test-support";
import { getSessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/db/generated/enums";
import { createProposalFixture, thisYear } from "@/lib/proposal/test-fixture";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { GET } from "@/app/api/pmpzi/v1/[year]/route";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";
import { hashApiKey } from "./key";

// The PMPZI API behind ADMIN's keys (issue 14): hashed at rest, shown once, one period, every
// call audited, and 401 with a JSON message in Bahasa Indonesia for every bad key.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/db/prisma", () => ({ getDb: () => getTestDb() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = () => getTestDb();
let f: Awaited<ReturnType<typeof createProposalFixture>>;
const as = (role: Role) => vi.mocked(getSessionUser).mockResolvedValue(f.users[role]);

const call = (year: number, key: string | null, format = "json") =>
  GET(new Request(`http://localhost/api/pmpzi/v1/${year}?format=${format}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }), { params: Promise.resolve({ year: String(year) }) });

async function newKey(periodId = f.period.id, expiresOn = "") {
  as("ADMIN");
  const result = await createApiKeyAction({ name: "Kanal PMPZI", periodId, expiresOn });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

beforeEach(async () => {
  await resetDatabase();
  f = await createProposalFixture(db());
  const unit = await f.unit();
  await db().answer.create({ data: { assessmentId: unit.assessmentId, questionCode: "A.I.1.i.a", unitValue: "YA", unitNote: "SK tim", tpiValue: "YA", tpiNote: "Sesuai" } });
  await db().evidence.create({ data: { assessmentId: unit.assessmentId, questionCode: "A.I.1.i.a", kind: "LINK", url: "https://contoh.go.id/sk.pdf", uploadedById: f.users.OPERATOR.id } });
});

describe("API keys", () => {
  it("shows the key once and keeps only its sha256; the audit names it by prefix", async () => {
    const { id, key, prefix } = await newKey();
    expect(key).toMatch(/^pzi_[A-Za-z0-9_-]{43}$/);
    const row = await db().apiKey.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ keyHash: hashApiKey(key), prefix, revokedAt: null });
    expect(JSON.stringify(row)).not.toContain(key);
    const [event] = await auditTrail();
    expect(event).toMatchObject({ action: "api_key.create", after: { prefix, year: thisYear() } });
    expect(event!.json).not.toContain(key);
  });

  it.each(["OPERATOR", "TPI", "PIMPINAN"] as const)("refuses %s creating a key", async (role) => {
    as(role);
    expect(await createApiKeyAction({ name: "Kanal", periodId: f.period.id, expiresOn: "" })).toEqual({ ok: false, error: "Anda tidak berwenang melakukan tindakan ini." });
    expect(await db().apiKey.count()).toBe(0);
  });

  it("refuses an expiry day that is not after today", async () => {
    as("ADMIN");
    expect(await createApiKeyAction({ name: "Kanal", periodId: f.period.id, expiresOn: "2020-01-01" })).toMatchObject({ ok: false, fieldErrors: { expiresOn: ["Tanggal kedaluwarsa harus setelah hari ini"] } });
  });
});

describe("GET /api/pmpzi/v1/<year>", () => {
  it("answers a valid key with the period's units, per question both sides and the bukti dukung; audited", async () => {
    const { id, key } = await newKey();
    const response = await call(thisYear(), key);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ schema: "portal-zi/pmpzi-export@2", period: { year: thisYear() } });
    expect(body.units).toHaveLength(1);
    const question = body.units[0].questions.find((q: { code: string }) => q.code === "A.I.1.i.a");
    expect(question).toMatchObject({ unit: { answer: "YA", value: 1, note: "SK tim" }, tpi: { answer: "YA", value: 1, note: "Sesuai" }, evidence: [{ kind: "LINK", url: "https://contoh.go.id/sk.pdf" }] });
    expect(body.units[0].questions).toHaveLength(113);
    expect(body.units[0].monitoring).toBeNull();
    expect((await auditTrail()).at(-1)).toMatchObject({ action: "api.pmpzi_export", entityId: id, after: { year: thisYear(), format: "json", outcome: "ok" } });
    expect((await db().apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
  });

  it("gives CSV with one record per question", async () => {
    const { key } = await newKey();
    const text = await (await call(thisYear(), key, "csv")).text();
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("kode_unit,nama_unit,status,usulan_target,usulan_jalur,kode_pertanyaan,pertanyaan,jawaban_unit,nilai_unit,catatan_unit,jawaban_tpi,nilai_tpi,catatan_tpi,bukti_dukung,monitoring_predikat");
    expect(lines).toHaveLength(1 + 113);
    expect(lines[1]!.endsWith(",")).toBe(true);
  });

  it("names the predicate a monitoring LKE watches (90/2021 Bab IV A: the TPI reports through PMPZI)", async () => {
    const { key } = await newKey();
    const assessment = await db().assessment.findFirstOrThrow({ where: { periodId: f.period.id } });
    const held = await db().unitPredicate.create({ data: { unitId: assessment.unitId, year: thisYear() - 2, predicate: "WBK", source: "TPN", decreeNumber: "KEP/ZI-9", decreeDate: new Date(`${thisYear() - 2}-12-10T00:00:00Z`), createdById: f.users.ADMIN.id } });
    await db().assessment.update({ where: { id: assessment.id }, data: { monitoredPredicateId: held.id } });
    const body = await (await call(thisYear(), key)).json();
    expect(body.units[0].monitoring).toEqual({ predicate: "WBK", year: thisYear() - 2, decreeNumber: "KEP/ZI-9" });
    const lines = (await (await call(thisYear(), key, "csv")).text()).trim().split("\r\n");
    expect(lines.slice(1).every((line) => line.endsWith(`,WBK ${thisYear() - 2}`))).toBe(true);
  });

  it("refuses a missing, unknown, revoked, expired and other-period key with 401 and a JSON message, each audited", async () => {
    const { id, key } = await newKey();
    const other = await db().period.create({ data: { year: thisYear() + 1, name: "Evaluasi berikutnya", lkeVersionId: "pm90-2021", deadline: new Date() } });
    const expectRefusal = async (response: Response, error: string) => {
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.json()).toEqual({ error });
    };
    await expectRefusal(await call(thisYear(), null), "Kunci API tidak ada. Kirim header Authorization: Bearer <kunci>.");
    await expectRefusal(await call(thisYear(), `${key.slice(0, -3)}abc`), "Kunci API tidak dikenal.");
    await expectRefusal(await call(other.year, key), "Kunci API ini bukan untuk periode yang diminta.");
    await db().apiKey.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectRefusal(await call(thisYear(), key), "Kunci API ini sudah kedaluwarsa.");
    await db().apiKey.update({ where: { id }, data: { expiresAt: null } });
    expect((await revokeApiKeyAction({ id })).ok).toBe(true);
    await expectRefusal(await call(thisYear(), key), "Kunci API ini sudah dicabut.");
    expect(await revokeApiKeyAction({ id })).toMatchObject({ ok: false, error: "Kunci API ini sudah dicabut." });
    const outcomes = (await auditTrail()).filter((e) => e.action === "api.pmpzi_export").map((e) => (e.after as { outcome: string }).outcome);
    expect(outcomes).toEqual(["ditolak: missing", "ditolak: unknown", "ditolak: period", "ditolak: expired", "ditolak: revoked"]);
  });
});
