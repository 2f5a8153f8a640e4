import { randomBytes } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import type { Role, UnitKind } from "@/lib/db/generated/enums";
import { assertLocalDatabase } from "../support/assert-local-database";

// Each test makes its own unit and users (documenso e2e style), signs in through the
// API rather than the form, acts in the UI, then checks the database.

export const TEST_PASSWORD = "UjiCoba2026Aman";

export type TestUser = { id: string; email: string; nip: string; name: string; role: Role; unitId: string | null; unitName: string | null };
type MakeUser = (options: { role: Role; unitKind?: UnitKind; unitId?: string; active?: boolean }) => Promise<TestUser>;

const suffix = () => randomBytes(4).toString("hex");
let nipCounter = Date.now() % 1_000_000;
const nextNip = () => `19900101201501${String(nipCounter++ % 10_000).padStart(4, "0")}`;

export const test = base.extend<{ makeUser: MakeUser }, { db: Db }>({
  db: [
    async ({}, use) => {
      const url = process.env.E2E_DATABASE_URL;
      if (!url) throw new Error("E2E_DATABASE_URL belum diatur: jalankan lewat `npm test`.");
      assertLocalDatabase(url);
      const db = createPrismaClient(url);
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  makeUser: async ({ db }, use) => {
    const passwordHash = await hashPassword(TEST_PASSWORD);
    await use(async ({ role, unitKind, unitId, active = true }) => {
      const kind = unitKind ?? (role === "TPI" ? "INSPEKTORAT" : role === "OPERATOR" ? "OPD" : "PEMDA");
      const tag = suffix();
      const unit = unitId
        ? await db.unit.findUniqueOrThrow({ where: { id: unitId } })
        : await db.unit.create({ data: { code: `T-${tag}`.toUpperCase(), name: `Unit Uji ${tag}`, kind } });
      const user = await db.user.create({
        data: { nip: nextNip(), email: `uji-${tag}@serang.demo`, name: `Pengguna Uji ${tag}`, role, unitId: unit.id, passwordHash, active },
      });
      return { id: user.id, email: user.email!, nip: user.nip!, name: user.name, role, unitId: unit.id, unitName: unit.name };
    });
  },
});

/** Signs in through Auth.js's credentials endpoint; the browser context keeps the cookie. */
export async function signInByApi(page: Page, user: { email: string }, password = TEST_PASSWORD): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, identifier: user.email, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in should redirect").toBe(302);
  expect(response.headers()["location"] ?? "").not.toContain("error");
}

export { expect };
