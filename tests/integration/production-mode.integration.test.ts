import { afterEach, describe, expect, it } from "vitest";
import { runStartOnce } from "@/tests/support/spawned";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/create-client";
import { prepareDatabase } from "@/lib/db/prepare";
import { findDemoLeftovers } from "@/lib/production/demo-leftovers";
import { DEMO_PASSWORD } from "@/lib/seed/demo-data";
import { createScratchDatabase } from "@/tests/support/scratch-db";

// `npm start` in production mode (lib/production): one line per reason it refuses, exit 1.

const SECRET = "r".repeat(44);
const drops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const drop of drops.splice(0)) await drop();
});

const start = runStartOnce;

async function scratch(options: { demo: boolean }) {
  const db = await createScratchDatabase("prodmode");
  drops.push(db.drop);
  await prepareDatabase({ connectionString: db.url, demo: options.demo });
  return db.url;
}

async function addAdmin(url: string, email: string, password: string) {
  const db = createPrismaClient(url);
  try {
    await db.user.create({ data: { email, name: "Kepala Bagian Organisasi", role: "ADMIN", passwordHash: await hashPassword(password) } });
  } finally {
    await db.$disconnect();
  }
}

describe("npm start in production mode", { timeout: 90_000 }, () => {
  it("refuses to start without AUTH_SECRET", async () => {
    const run = await start({ DATABASE_URL: "postgresql://zi:zi@127.0.0.1:9/zi" });
    expect(run).toEqual({ status: 1, lines: [expect.stringMatching(/^AUTH_SECRET wajib diatur di mode produksi .*openssl rand -base64 32/)] });
  });

  it("refuses a short AUTH_SECRET", async () => {
    const run = await start({ NODE_ENV: "production", AUTH_SECRET: "pendek" });
    expect(run).toEqual({ status: 1, lines: ["Konfigurasi salah — AUTH_SECRET: AUTH_SECRET minimal 32 karakter (buat dengan: openssl rand -base64 32)"] });
  });

  it("refuses DEMO_MODE=true on a database that is not on this machine, before connecting to it", async () => {
    const run = await start({ DATABASE_URL: "postgresql://zi:zi@db.pemda.invalid:5432/zi", DEMO_MODE: "true", AUTH_SECRET: SECRET });
    expect(run).toEqual({ status: 1, lines: [expect.stringMatching(/^DEMO_MODE=true ditolak untuk basis data di db\.pemda\.invalid: /)] });
  });

  it("refuses a database that still holds the demo accounts", async () => {
    const url = await scratch({ demo: true });
    const run = await start({ DATABASE_URL: url, AUTH_SECRET: SECRET, NODE_ENV: "production" });
    expect(run).toEqual({ status: 1, lines: [expect.stringMatching(/^Basis data memuat akun demo aktif \(admin@serang\.demo dan 11 akun lain\) .*npm run admin:create/)] });
  });

  it("refuses an active ADMIN that signs in with the demo password", async () => {
    const url = await scratch({ demo: false });
    await addAdmin(url, "kabag.organisasi@pemda.go.id", DEMO_PASSWORD);
    const run = await start({ DATABASE_URL: url, AUTH_SECRET: SECRET });
    expect(run).toEqual({ status: 1, lines: [expect.stringMatching(/^Akun ADMIN kabag\.organisasi@pemda\.go\.id masih memakai kata sandi demo .*--reset-password --email kabag\.organisasi@pemda\.go\.id/)] });
  });

  it("finds nothing to refuse in a database with a real admin only", async () => {
    const url = await scratch({ demo: false });
    await addAdmin(url, "kabag.organisasi@pemda.go.id", "Rahasia-Pemda-2026");
    const db = createPrismaClient(url);
    try {
      expect(await findDemoLeftovers({ db })).toEqual([]);
      await db.user.updateMany({ data: { passwordHash: await hashPassword(DEMO_PASSWORD) } });
      expect(await findDemoLeftovers({ db })).toHaveLength(1);
      await db.user.updateMany({ data: { active: false } }); // a deactivated account cannot sign in
      expect(await findDemoLeftovers({ db })).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  });
});
