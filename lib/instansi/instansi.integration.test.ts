import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { auditTrail } from "@/lib/admin/test-support";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/db/generated/enums";
import { createTempStorage } from "@/lib/evidence/test-fixture";
import { HTML, PDF } from "@/lib/evidence/test-files";
import { seedDatabase } from "@/lib/seed/seed";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { saveInstansiProfileAction, updateProposalDeadlineAction } from "./actions";
import { getConditionDownload } from "./condition-download";
import { handleConditionUpload } from "./condition-upload";
import { getPeriodConditions } from "./conditions";
import { FALLBACK_INSTANSI, getInstansiProfile } from "./profile";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/db/prisma", () => ({ getDb: () => getTestDb() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = () => getTestDb();
const users = {} as Record<Role, SessionUser>;
const as = (role: Role) => vi.mocked(getSessionUser).mockResolvedValue(users[role]);
let periodId: string;
let temp: Awaited<ReturnType<typeof createTempStorage>>;

const profile = { name: "Pemerintah Kota Uji", kind: "PEMDA_KOTA", regionName: "Kota Uji", headTitle: "Wali Kota Uji", timeZone: "WITA" };
const link = { key: "OPINI_BPK", value: "WTP", documentName: "LHP BPK atas LKPD 2025", documentDate: "2026-05-20", sourceKind: "LINK", sourceUrl: "https://bpk.go.id/lhp.pdf" };

function post(fields: Record<string, string>, file?: { bytes: Uint8Array<ArrayBuffer>; name: string }, user: SessionUser | null = users.ADMIN, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ periodId, ...fields })) form.set(k, v);
  if (file) form.set("file", new File([file.bytes], file.name, { type: "application/pdf" }));
  const base = new Request("http://portal.test/api/admin/tabel5", { method: "POST", body: form });
  const request = new Request(base, { headers: new Headers({ ...Object.fromEntries(base.headers), host: "portal.test", origin: "http://portal.test", ...headers }) });
  return handleConditionUpload({ request, user, db: db(), storage: temp.storage, maxBytes: 1024 * 1024 });
}

async function state() {
  const [instansi, conditions, period, events] = await Promise.all([
    db().instansi.findMany(), db().instansiCondition.findMany(), db().period.findUniqueOrThrow({ where: { id: periodId } }), db().auditEvent.count(),
  ]);
  return JSON.stringify({ instansi, conditions, period, events, objects: (await temp.contents()).objects });
}

beforeEach(async () => {
  await resetDatabase();
  await seedDatabase({ db: db(), demo: false });
  temp = await createTempStorage();
  for (const role of ["ADMIN", "OPERATOR", "TPI", "PIMPINAN"] as const) {
    const row = await db().user.create({ data: { name: `${role} uji`, email: `${role.toLowerCase()}@uji.test`, role, passwordHash: "x" } });
    users[role] = { id: row.id, name: row.name, role, unitId: null, unitName: null };
  }
  periodId = (await db().period.create({ data: { year: 2027, name: "Evaluasi 2027", lkeVersionId: "pm90-2021", deadline: new Date(Date.now() + 30 * 86_400_000) } })).id;
  as("ADMIN");
});
afterEach(() => temp.remove());

describe("instansi profile", () => {
  it("falls back to a neutral, unconfigured profile, then saves and replaces the one row, audited", async () => {
    expect(await getInstansiProfile({ db: db() })).toEqual(FALLBACK_INSTANSI);
    expect((await saveInstansiProfileAction(profile)).ok).toBe(true);
    expect((await saveInstansiProfileAction({ ...profile, timeZone: "WIT" })).ok).toBe(true);
    expect(await getInstansiProfile({ db: db() })).toEqual({ configured: true, ...profile, timeZone: "WIT" });
    const events = await auditTrail();
    expect(events.map((e) => e.action)).toEqual(["instansi.update", "instansi.update"]);
    expect(events[1]).toMatchObject({ before: { timeZone: "WITA" }, after: { timeZone: "WIT" } });
  });

  it("refuses other roles and bad input, and changes nothing", async () => {
    await saveInstansiProfileAction(profile);
    const before = await state();
    for (const role of ["OPERATOR", "TPI", "PIMPINAN"] as const) {
      as(role);
      expect(await saveInstansiProfileAction({ ...profile, name: "Pemerintah Kota Lain" })).toEqual({ ok: false, error: "Anda tidak berwenang melakukan tindakan ini." });
    }
    as("ADMIN");
    expect(await saveInstansiProfileAction({ ...profile, timeZone: "UTC", kind: "DESA" })).toMatchObject({ ok: false, fieldErrors: { timeZone: ["Pilih zona waktu (WIB, WITA, atau WIT)"], kind: ["Pilih jenis instansi"] } });
    expect(await state()).toBe(before);
  });
});

describe("instansi Tabel 5 per period", () => {
  it("saves a value with a link, another with a file that TPI and PIMPINAN can download and an operator cannot", async () => {
    expect((await post(link)).status).toBe(200);
    const uploaded = await post({ key: "SPIP", value: "2", documentName: "Penilaian maturitas SPIP BPKP", documentDate: "2026-11-10", sourceKind: "FILE", sourceUrl: "" }, { bytes: PDF, name: "spip.pdf" });
    expect(uploaded.status).toBe(200);
    const conditions = await getPeriodConditions({ db: db(), periodId });
    expect(conditions?.proposalDay).toBe("2027-05-31");
    const byKey = Object.fromEntries(conditions!.rows.map((r) => [r.key, r.condition]));
    expect(byKey.OPINI_BPK).toMatchObject({ value: "WTP", sourceUrl: "https://bpk.go.id/lhp.pdf", file: null, documentDate: "2026-05-20" });
    expect(byKey.SPIP).toMatchObject({ value: "2", sourceUrl: null, file: { name: "spip.pdf", mimeType: "application/pdf", size: PDF.length } });
    expect(byKey.SAKIP).toBeNull();
    for (const role of ["TPI", "PIMPINAN", "ADMIN"] as const) {
      const download = await getConditionDownload({ db: db(), storage: temp.storage, user: users[role], conditionId: byKey.SPIP!.id, forceAttachment: false });
      expect(download?.headers["Content-Type"]).toBe("application/pdf");
    }
    expect(await getConditionDownload({ db: db(), storage: temp.storage, user: users.OPERATOR, conditionId: byKey.SPIP!.id, forceAttachment: false })).toBeNull();
    expect((await auditTrail()).map((e) => e.action)).toEqual(["instansi.save_condition", "instansi.save_condition"]);

    // Saving again without a new file keeps the stored one; switching to a link drops it.
    expect((await post({ key: "SPIP", value: "3", documentName: "Penilaian maturitas SPIP BPKP", documentDate: "2026-11-10", sourceKind: "FILE", sourceUrl: "" })).status).toBe(200);
    expect((await db().instansiCondition.findFirstOrThrow({ where: { key: "SPIP" } })).sha256).not.toBeNull();
  });

  it("refuses bad input, a disguised file, other roles, a cross-site post and a closed period; nothing changes", async () => {
    await post(link);
    const before = await state();
    const bad = await post({ ...link, value: "WTP-DPP", documentDate: "2999-01-01", sourceUrl: "" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, fieldErrors: { value: [expect.stringContaining("Nilai tidak dikenal")], documentDate: ["Tanggal dokumen tidak boleh setelah hari ini"], sourceUrl: ["Isi tautan dokumen sumber"] } });
    const noFile = await post({ ...link, key: "SAKIP", value: "B", sourceKind: "FILE", sourceUrl: "" });
    expect(await noFile.json()).toMatchObject({ ok: false, fieldErrors: { file: ["Pilih berkas dokumen sumber"] } });
    const disguised = await post({ ...link, key: "SAKIP", value: "B", sourceKind: "FILE", sourceUrl: "" }, { bytes: HTML, name: "lhe.pdf" });
    expect(disguised.status).toBe(415);
    for (const role of ["OPERATOR", "TPI", "PIMPINAN"] as const) expect((await post({ ...link, value: "WDP" }, undefined, users[role])).status).toBe(403);
    expect((await post({ ...link, value: "WDP" }, undefined, null)).status).toBe(401);
    expect((await post({ ...link, value: "WDP" }, undefined, users.ADMIN, { origin: "https://evil.example" })).status).toBe(403);
    await db().period.update({ where: { id: periodId }, data: { status: "CLOSED" } });
    const closed = await post({ ...link, value: "WDP" });
    expect(await closed.json()).toMatchObject({ ok: false, error: expect.stringContaining("sudah ditutup") });
    await db().period.update({ where: { id: periodId }, data: { status: "OPEN" } });
    expect(await state()).toBe(before);
  });

  it("sets and clears the proposal deadline; refuses a day before the period's year and other roles", async () => {
    expect((await updateProposalDeadlineAction({ periodId, proposalDeadline: "2027-06-30" })).ok).toBe(true);
    expect((await getPeriodConditions({ db: db(), periodId }))?.proposalDay).toBe("2027-06-30");
    const before = await state();
    expect(await updateProposalDeadlineAction({ periodId, proposalDeadline: "2026-12-31" })).toMatchObject({ ok: false, fieldErrors: { proposalDeadline: ["Batas pengusulan ke TPN tidak boleh sebelum tahun periode (2027)"] } });
    as("TPI");
    expect((await updateProposalDeadlineAction({ periodId, proposalDeadline: "" })).ok).toBe(false);
    expect(await state()).toBe(before);
    as("ADMIN");
    expect((await updateProposalDeadlineAction({ periodId, proposalDeadline: "" })).ok).toBe(true);
    expect((await getPeriodConditions({ db: db(), periodId }))?.proposalDay).toBe("2027-05-31");
  });
});
