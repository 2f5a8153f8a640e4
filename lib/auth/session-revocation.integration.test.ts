import { beforeEach, describe, expect, it } from "vitest";
import { deactivateUser, reactivateUser, resetUserPassword } from "@/lib/admin/users/mutations";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { hashPassword } from "./password";
import { signOutSessions } from "./revoke-sessions";
import { findSessionUser, type SessionClaims } from "./session-user";
import { verifyCredentials } from "./verify-credentials";

// A session cookie is a signed JWT that cannot be recalled; what ends it is the session
// version compared on every request. Each test signs in, keeps the claims a cookie would
// carry, changes the account, then presents the old claims again.

const PASSWORD = "Benar12345Sekali";
const db = () => getTestDb();
let adminId: string;

async function signIn(identifier: string, password = PASSWORD): Promise<SessionClaims> {
  const result = await verifyCredentials({ db: db(), identifier, password });
  if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
  return { id: result.user.id, role: result.user.role, sessionVersion: result.user.sessionVersion };
}

async function createOperator() {
  const unit = await db().unit.create({ data: { code: "DINKES", name: "Dinas Kesehatan", kind: "OPD" } });
  return db().user.create({ data: { email: "op@serang.test", name: "Operator", role: "OPERATOR", unitId: unit.id, passwordHash: await hashPassword(PASSWORD) } });
}

beforeEach(async () => {
  await resetDatabase();
  const admin = await db().user.create({ data: { email: "admin@serang.test", name: "Admin", role: "ADMIN", passwordHash: "-" } });
  adminId = admin.id;
});

describe("session version", () => {
  it("a current session names the user as the database knows them", async () => {
    const user = await createOperator();
    const claims = await signIn("op@serang.test");
    expect(await findSessionUser({ db: db(), claims })).toMatchObject({ id: user.id, role: "OPERATOR", unitName: "Dinas Kesehatan" });
  });

  it("a password reset by the admin ends the sessions opened before it, not the next one", async () => {
    const user = await createOperator();
    const before = await signIn("op@serang.test");
    await resetUserPassword({ db: db(), actorId: adminId, input: { id: user.id, password: "BaruSekali2026", passwordConfirm: "BaruSekali2026" } });
    expect(await findSessionUser({ db: db(), claims: before })).toBeNull();
    const after = await signIn("op@serang.test", "BaruSekali2026");
    expect(await findSessionUser({ db: db(), claims: after })).toMatchObject({ id: user.id });
  });

  it("sign-out ends the session, is recorded once, and a revoked cookie cannot sign out again", async () => {
    const user = await createOperator();
    const claims = await signIn("op@serang.test");
    expect(await signOutSessions({ db: db(), claims })).toBe(true);
    expect(await findSessionUser({ db: db(), claims })).toBeNull();
    expect(await signOutSessions({ db: db(), claims })).toBe(false);
    const signOuts = await db().auditEvent.findMany({ where: { action: "auth.sign_out" } });
    expect(signOuts.map((e) => e.entityId)).toEqual([user.id]);
  });

  it("a deactivated account's old session stays dead after reactivation", async () => {
    const user = await createOperator();
    const claims = await signIn("op@serang.test");
    await deactivateUser({ db: db(), actorId: adminId, input: { id: user.id } });
    expect(await findSessionUser({ db: db(), claims })).toBeNull();
    await reactivateUser({ db: db(), actorId: adminId, input: { id: user.id } });
    expect(await findSessionUser({ db: db(), claims })).toBeNull();
  });

  it("refuses claims without a session version (a cookie issued before versions existed)", async () => {
    const user = await createOperator();
    expect(await findSessionUser({ db: db(), claims: { id: user.id, role: "OPERATOR" } })).toBeNull();
    expect(await findSessionUser({ db: db(), claims: { id: user.id, role: "OPERATOR", sessionVersion: 0 } })).toMatchObject({ id: user.id });
  });
});
