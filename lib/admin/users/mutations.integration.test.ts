import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { withUniqueFieldErrors } from "../mutation-support";
import { RecordIdSchema } from "../schema-helpers";
import { attempt, auditTrail } from "../test-support";
import { createUser, deactivateUser, reactivateUser, resetUserPassword, unlockUser, updateUser } from "./mutations";
import { ResetPasswordSchema, UserCreateSchema } from "./schemas";
import { UserUpdateSchema } from "./schemas";

const PASSWORD = "Serang2026Aman";
const NIP = "199001012015011001";
let actorId: string;
let opd: { id: string };
let inspektorat: { id: string };

const db = () => getTestDb();
const create = (raw: unknown) => attempt(UserCreateSchema, (input) => createUser({ db: db(), actorId, input }), raw);
const update = (raw: unknown) => attempt(UserUpdateSchema, (input) => updateUser({ db: db(), actorId, input }), raw);
const reset = (raw: unknown) => attempt(ResetPasswordSchema, (input) => resetUserPassword({ db: db(), actorId, input }), raw);
const byId = (mutate: typeof deactivateUser) => (id: string) => attempt(RecordIdSchema, (input) => mutate({ db: db(), actorId, input }), { id });
const [deactivate, reactivate, unlock] = [byId(deactivateUser), byId(reactivateUser), byId(unlockUser)];

const operator = (overrides: Record<string, unknown> = {}) => ({
  nip: NIP, email: "Operator@Serang.test", name: "Lia Amelia", role: "OPERATOR", unitId: opd.id, password: PASSWORD, passwordConfirm: PASSWORD, ...overrides,
});

/** A refusal leaves the users as they were (the admin only) and writes no audit event. */
async function expectNothingSaved() {
  expect(await db().user.count()).toBe(1);
  expect(await auditTrail()).toEqual([]);
}

beforeEach(async () => {
  await resetDatabase();
  actorId = (await db().user.create({ data: { name: "Admin", role: "ADMIN", email: "admin@serang.test", passwordHash: "x" } })).id;
  opd = await db().unit.create({ data: { code: "DINKES", name: "Dinas Kesehatan", kind: "OPD" } });
  inspektorat = await db().unit.create({ data: { code: "INSPEKTORAT", name: "Inspektorat Daerah", kind: "INSPEKTORAT" } });
});

describe("createUser", () => {
  it("saves an operator with a hashed password and records user.create without the hash", async () => {
    const result = await create(operator());
    expect(result.ok).toBe(true);
    const saved = await db().user.findUniqueOrThrow({ where: { nip: NIP }, omit: { passwordHash: false } });
    expect(saved).toMatchObject({ email: "operator@serang.test", role: "OPERATOR", unitId: opd.id, active: true });
    expect(await verifyPassword(saved.passwordHash, PASSWORD)).toBe(true);
    const [event, ...rest] = await auditTrail();
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ action: "user.create", entityId: saved.id, actorId, after: { nip: NIP, role: "OPERATOR" } });
    expect(event?.json).not.toContain("passwordHash");
    expect(event?.json).not.toContain(saved.passwordHash);
  });

  it("accepts a TPI in the Inspektorat and a leader with only an e-mail and no unit", async () => {
    expect(await create(operator({ role: "TPI", unitId: inspektorat.id }))).toMatchObject({ ok: true });
    expect(await create(operator({ nip: "", email: "bupati@serang.test", role: "PIMPINAN", unitId: "" }))).toMatchObject({ ok: true });
    expect(await db().user.findUniqueOrThrow({ where: { email: "bupati@serang.test" } })).toMatchObject({ nip: null, unitId: null });
  });

  it("refuses a duplicate NIP and a duplicate e-mail as field errors", async () => {
    await db().user.create({ data: { nip: NIP, email: "lain@serang.test", name: "Lain", role: "OPERATOR", unitId: opd.id, passwordHash: "x" } });
    await db().user.create({ data: { email: "operator@serang.test", name: "Lain lagi", role: "PIMPINAN", passwordHash: "x" } });
    const result = await create(operator());
    expect(result).toMatchObject({ ok: false, fieldErrors: { nip: [expect.stringContaining("NIP")], email: [expect.stringContaining("E-mail")] } });
    expect(await db().user.count()).toBe(3);
    expect(await auditTrail()).toEqual([]);
  });

  it.each([
    ["an invalid NIP", { nip: "1990010120150110" }, "nip"],
    ["neither NIP nor e-mail", { nip: " ", email: "" }, "nip"],
    ["a weak password", { password: "serang123A", passwordConfirm: "serang123A" }, "password"],
    ["a confirmation that differs", { passwordConfirm: `${PASSWORD}x` }, "passwordConfirm"],
    ["an operator without a unit", { unitId: "" }, "unitId"],
  ])("refuses %s before touching the database", async (_case, overrides, field) => {
    const result = await create(operator(overrides));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.any(String)] } });
    await expectNothingSaved();
  });

  it("refuses an operator in the Inspektorat, a TPI in an OPD, and a unit that is inactive", async () => {
    const closed = await db().unit.create({ data: { code: "DISHUB", name: "Dinas Perhubungan", kind: "OPD", active: false } });
    expect(await create(operator({ unitId: inspektorat.id }))).toMatchObject({ ok: false, fieldErrors: { unitId: [expect.stringContaining("OPD atau UPT")] } });
    expect(await create(operator({ role: "TPI" }))).toMatchObject({ ok: false, fieldErrors: { unitId: [expect.stringContaining("Inspektorat")] } });
    expect(await create(operator({ unitId: closed.id }))).toMatchObject({ ok: false, fieldErrors: { unitId: [expect.stringContaining("nonaktif")] } });
    await expectNothingSaved();
  });

  it("maps a unique-constraint race (P2002) on NIP or e-mail to the field", async () => {
    await db().user.create({ data: { nip: NIP, email: "a@serang.test", name: "A", role: "PIMPINAN", passwordHash: "x" } });
    const messages = { nip: "NIP dipakai", email: "E-mail dipakai" };
    const sameNip = withUniqueFieldErrors(messages, () => db().user.create({ data: { nip: NIP, name: "B", role: "PIMPINAN", passwordHash: "x" } }));
    const sameEmail = withUniqueFieldErrors(messages, () => db().user.create({ data: { email: "a@serang.test", name: "C", role: "PIMPINAN", passwordHash: "x" } }));
    await expect(sameNip).rejects.toMatchObject({ fieldErrors: { nip: ["NIP dipakai"] } });
    await expect(sameEmail).rejects.toMatchObject({ fieldErrors: { email: ["E-mail dipakai"] } });
  });
});

describe("updateUser", () => {
  async function existing() {
    const result = await create(operator());
    if (!result.ok) throw new Error(result.error);
    return result.data.id;
  }

  it("changes the user and records before and after", async () => {
    const id = await existing();
    const result = await update({ id, nip: NIP, email: "", name: "Lia Amelia, S.KM.", role: "TPI", unitId: inspektorat.id });
    expect(result.ok).toBe(true);
    expect(await db().user.findUniqueOrThrow({ where: { id } })).toMatchObject({ email: null, role: "TPI", unitId: inspektorat.id });
    expect((await auditTrail()).at(-1)).toMatchObject({ action: "user.update", before: { role: "OPERATOR", unitId: opd.id }, after: { role: "TPI", unitId: inspektorat.id } });
  });

  it("refuses another user's e-mail, an invalid NIP and a misplaced operator, leaving the user unchanged", async () => {
    const id = await existing();
    await db().user.create({ data: { email: "lain@serang.test", name: "Lain", role: "PIMPINAN", passwordHash: "x" } });
    const base = { id, nip: NIP, email: "operator@serang.test", name: "Lia", role: "OPERATOR", unitId: opd.id };
    expect(await update({ ...base, email: "LAIN@serang.test" })).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
    expect(await update({ ...base, nip: "19900101201501100X" })).toMatchObject({ ok: false, fieldErrors: { nip: [expect.any(String)] } });
    expect(await update({ ...base, unitId: inspektorat.id })).toMatchObject({ ok: false, fieldErrors: { unitId: [expect.any(String)] } });
    expect(await db().user.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Lia Amelia", email: "operator@serang.test", unitId: opd.id });
    expect((await auditTrail()).map((e) => e.action)).toEqual(["user.create"]);
  });

  it("refuses an admin changing their own role", async () => {
    const result = await update({ id: actorId, nip: "", email: "admin@serang.test", name: "Admin", role: "PIMPINAN", unitId: "" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { role: [expect.any(String)] } });
    expect((await db().user.findUniqueOrThrow({ where: { id: actorId } })).role).toBe("ADMIN");
  });
});

describe("account status", () => {
  it("refuses an admin deactivating themself", async () => {
    expect(await deactivate(actorId)).toMatchObject({ ok: false, error: "Anda tidak dapat menonaktifkan akun Anda sendiri." });
    expect((await db().user.findUniqueOrThrow({ where: { id: actorId } })).active).toBe(true);
    expect(await auditTrail()).toEqual([]);
  });

  it("deactivates and reactivates another user, each with an audit event", async () => {
    const other = await db().user.create({ data: { email: "op@serang.test", name: "Op", role: "OPERATOR", unitId: opd.id, passwordHash: "x" } });
    expect(await deactivate(other.id)).toMatchObject({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: other.id } })).active).toBe(false);
    expect(await reactivate(other.id)).toMatchObject({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: other.id } })).active).toBe(true);
    expect(await auditTrail()).toMatchObject([
      { action: "user.deactivate", entityId: other.id, before: { active: true }, after: { active: false } },
      { action: "user.reactivate", entityId: other.id, before: { active: false }, after: { active: true } },
    ]);
  });

  it("refuses to reactivate a user whose unit is inactive", async () => {
    const closed = await db().unit.create({ data: { code: "DISHUB", name: "Dinas Perhubungan", kind: "OPD", active: false } });
    const other = await db().user.create({ data: { email: "op@serang.test", name: "Op", role: "OPERATOR", unitId: closed.id, passwordHash: "x", active: false } });
    expect(await reactivate(other.id)).toMatchObject({ ok: false, error: expect.stringContaining("nonaktif") });
    expect((await db().user.findUniqueOrThrow({ where: { id: other.id } })).active).toBe(false);
    expect(await auditTrail()).toEqual([]);
  });
});

describe("resetUserPassword / unlockUser", () => {
  const lockedUntil = new Date(Date.now() + 15 * 60_000);
  const lockedUser = () =>
    db().user.create({ data: { email: "op@serang.test", name: "Op", role: "OPERATOR", unitId: opd.id, passwordHash: "lama", failedLoginCount: 3, lockedUntil } });

  it("refuses a weak password and keeps the old one", async () => {
    const other = await lockedUser();
    expect(await reset({ id: other.id, password: "pendek1A", passwordConfirm: "pendek1A" })).toMatchObject({ ok: false, fieldErrors: { password: [expect.any(String)] } });
    expect(await db().user.findUniqueOrThrow({ where: { id: other.id }, omit: { passwordHash: false } })).toMatchObject({ passwordHash: "lama", failedLoginCount: 3 });
    expect(await auditTrail()).toEqual([]);
  });

  it("sets the new password, lifts the lock and records it without the hash", async () => {
    const other = await lockedUser();
    expect(await reset({ id: other.id, password: PASSWORD, passwordConfirm: PASSWORD })).toMatchObject({ ok: true });
    const saved = await db().user.findUniqueOrThrow({ where: { id: other.id }, omit: { passwordHash: false } });
    expect(saved).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    expect(await verifyPassword(saved.passwordHash, PASSWORD)).toBe(true);
    expect(saved.passwordChangedAt.getTime()).toBeGreaterThan(other.passwordChangedAt.getTime());
    const [event] = await auditTrail();
    expect(event).toMatchObject({ action: "user.reset_password", before: { failedLoginCount: 3, lockedUntil: lockedUntil.toISOString() }, after: { lockedUntil: null } });
    expect(event?.json).not.toContain(saved.passwordHash);
    expect(event?.json).not.toContain("lama");
  });

  it("unlocks an account", async () => {
    const other = await lockedUser();
    expect(await unlock(other.id)).toMatchObject({ ok: true });
    expect(await db().user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    expect((await auditTrail()).map((e) => e.action)).toEqual(["user.unlock"]);
  });
});
