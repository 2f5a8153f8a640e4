import { beforeEach, describe, expect, it, vi } from "vitest";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import * as password from "./password";
import { hashPassword } from "./password";
import { LOCK_MINUTES, MAX_FAILED_SIGN_INS, verifyCredentials } from "./verify-credentials";

const PASSWORD = "Benar12345Sekali";
const NIP = "199001012015011001";

async function createUser(overrides: { active?: boolean } = {}) {
  const db = getTestDb();
  const unit = await db.unit.create({ data: { code: "DINKES", name: "Dinas Kesehatan", kind: "OPD" } });
  return db.user.create({
    data: { nip: NIP, email: "op@serang.demo", name: "Operator", role: "OPERATOR", unitId: unit.id, passwordHash: await hashPassword(PASSWORD), ...overrides },
  });
}

const actions = async () => (await getTestDb().auditEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.action);

beforeEach(resetDatabase);

describe("verifyCredentials", () => {
  it("accepts NIP or e-mail with the right password and records the sign-in", async () => {
    const user = await createUser();
    const byNip = await verifyCredentials({ db: getTestDb(), identifier: NIP, password: PASSWORD });
    const byEmail = await verifyCredentials({ db: getTestDb(), identifier: " OP@serang.demo ", password: PASSWORD });
    expect(byNip).toMatchObject({ ok: true, user: { id: user.id, role: "OPERATOR", unitId: user.unitId } });
    expect(byEmail).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await actions()).toEqual(["auth.sign_in", "auth.sign_in"]);
  });

  it("refuses a wrong password and an unknown user alike, and records both", async () => {
    await createUser();
    expect(await verifyCredentials({ db: getTestDb(), identifier: NIP, password: "Salah12345678" })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ db: getTestDb(), identifier: "199912312020121999", password: PASSWORD })).toEqual({ ok: false, reason: "invalid" });
    expect(await actions()).toEqual(["auth.sign_in_failed", "auth.sign_in_failed"]);
  });

  it("locks the account for 15 minutes after five failures in a row, even for the right password", async () => {
    const user = await createUser();
    const now = new Date("2026-11-23T08:00:00Z");
    const results = [];
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) {
      results.push(await verifyCredentials({ db: getTestDb(), identifier: NIP, password: `Salah${i}1234567`, now }));
    }
    expect(results.map((r) => (r.ok ? "ok" : r.reason))).toEqual(["invalid", "invalid", "invalid", "invalid", "locked"]);
    const locked = await getTestDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil?.toISOString()).toBe(new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString());

    const during = await verifyCredentials({ db: getTestDb(), identifier: NIP, password: PASSWORD, now: new Date(now.getTime() + 14 * 60_000) });
    expect(during).toMatchObject({ ok: false, reason: "locked" });
    const after = await verifyCredentials({ db: getTestDb(), identifier: NIP, password: PASSWORD, now: new Date(now.getTime() + 16 * 60_000) });
    expect(after.ok).toBe(true);
    const cleared = await getTestDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect({ failed: cleared.failedLoginCount, lockedUntil: cleared.lockedUntil }).toEqual({ failed: 0, lockedUntil: null });
  });

  it("a success in between restarts the count of failures", async () => {
    await createUser();
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) await verifyCredentials({ db: getTestDb(), identifier: NIP, password: "Salah12345678" });
    expect((await verifyCredentials({ db: getTestDb(), identifier: NIP, password: PASSWORD })).ok).toBe(true);
    const again = await verifyCredentials({ db: getTestDb(), identifier: NIP, password: "Salah12345678" });
    expect(again).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a deactivated account with the right password", async () => {
    await createUser({ active: false });
    expect(await verifyCredentials({ db: getTestDb(), identifier: NIP, password: PASSWORD })).toEqual({ ok: false, reason: "inactive" });
  });

  // Timing: an Argon2 verification is the slow step (tens of milliseconds); every refusal must
  // spend exactly one, or the time of the answer tells a locked or unknown account apart.
  it("spends one password verification on every path: unknown, wrong, locked, inactive, right", async () => {
    const verify = vi.spyOn(password, "verifyPassword");
    const decoy = vi.spyOn(password, "spendVerifyTime");
    const verifications = async (identifier: string, attempt: string, now?: Date) => {
      verify.mockClear();
      decoy.mockClear();
      await verifyCredentials({ db: getTestDb(), identifier, password: attempt, now });
      return verify.mock.calls.length + decoy.mock.calls.length;
    };
    const user = await createUser();
    const now = new Date();
    expect(await verifications("199912312020121999", PASSWORD)).toBe(1);
    expect(await verifications(NIP, "Salah12345678")).toBe(1);
    await getTestDb().user.update({ where: { id: user.id }, data: { lockedUntil: new Date(now.getTime() + 60_000) } });
    expect(await verifications(NIP, PASSWORD, now)).toBe(1);
    expect(await verifications(NIP, "Salah12345678", now)).toBe(1);
    await getTestDb().user.update({ where: { id: user.id }, data: { lockedUntil: null, active: false } });
    expect(await verifications(NIP, PASSWORD)).toBe(1);
    await getTestDb().user.update({ where: { id: user.id }, data: { active: true } });
    expect(await verifications(NIP, PASSWORD)).toBe(1);
    verify.mockRestore();
    decoy.mockRestore();
  });

  it("a locked account keeps its lock and does not count failures while locked", async () => {
    const user = await createUser();
    const lockedUntil = new Date(Date.now() + 10 * 60_000);
    await getTestDb().user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0 } });
    const result = await verifyCredentials({ db: getTestDb(), identifier: NIP, password: "Salah12345678" });
    expect(result).toMatchObject({ ok: false, reason: "locked" });
    const after = await getTestDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect({ failed: after.failedLoginCount, lockedUntil: after.lockedUntil?.toISOString() }).toEqual({ failed: 0, lockedUntil: lockedUntil.toISOString() });
    expect(await actions()).toEqual(["auth.sign_in_failed"]);
  });
});
