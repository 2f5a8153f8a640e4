import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/create-client";
import { createScratchDatabase } from "@/tests/support/scratch-db";
import { spawnScript } from "@/tests/support/spawned";

// `npm run admin:create` as a process against a scratch database: flags, the dialogue on
// standard input, the refusal when an ADMIN exists, the password policy, and its audit event.

const PASSWORD = "Kabag-Organisasi-2026";
const drops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const drop of drops.splice(0)) await drop();
});

async function scratch() {
  const db = await createScratchDatabase("admincreate");
  drops.push(db.drop);
  return db.url;
}

async function run(url: string, args: string[], stdin: string) {
  const script = spawnScript("scripts/admin-create.ts", args, { DATABASE_URL: url }, ["--conditions=react-server"]); // as package.json runs it
  script.child.stdin!.end(stdin);
  const { code } = await script.exited;
  return { code, output: script.output() };
}

async function inspect(url: string) {
  const db = createPrismaClient(url);
  try {
    const users = await db.user.findMany({ select: { name: true, email: true, nip: true, role: true, unitId: true, passwordHash: true }, orderBy: { createdAt: "asc" } });
    const events = await db.auditEvent.findMany({ where: { action: { in: ["user.create", "user.reset_password"] } }, select: { action: true, actorId: true, after: true } });
    return { users, events };
  } finally {
    await db.$disconnect();
  }
}

describe("npm run admin:create", { timeout: 180_000 }, () => {
  it("creates the first ADMIN from flags with the password on stdin, migrating a new database, with an audit event", async () => {
    const url = await scratch();
    const result = await run(url, ["--name", "Dewi Lestari", "--email", "Dewi.Lestari@SerangKab.go.id", "--password-stdin"], `${PASSWORD}\n`);
    expect(result).toEqual({ code: 0, output: expect.stringContaining("ADMIN dibuat: Dewi Lestari. Masuk ke portal dengan e-mail dan kata sandi tadi.") });
    const { users, events } = await inspect(url);
    expect(users).toEqual([{ name: "Dewi Lestari", email: "dewi.lestari@serangkab.go.id", nip: null, role: "ADMIN", unitId: null, passwordHash: expect.stringMatching(/^\$argon2id\$/) }]);
    expect(await verifyPassword(users[0]!.passwordHash, PASSWORD)).toBe(true);
    expect(events).toEqual([{ action: "user.create", actorId: null, after: expect.objectContaining({ role: "ADMIN", email: "dewi.lestari@serangkab.go.id" }) }]);
  });

  it("asks for each field when run without flags, and refuses a second ADMIN unless --force-additional", async () => {
    const url = await scratch();
    const file = path.join(tmpdir(), `admin-pw-${process.pid}`);
    writeFileSync(file, `${PASSWORD}\n`, { mode: 0o600 });
    const asked = await run(url, [], `Budi Santoso\n198001012005011001\n\n${PASSWORD}\n${PASSWORD}\n`);
    expect(asked.code).toBe(0);
    expect(asked.output).toMatch(/Nama lengkap: [\s\S]*NIP \(18 digit[\s\S]*Kata sandi [\s\S]*Ulangi kata sandi: [\s\S]*ADMIN dibuat: Budi Santoso\. Masuk ke portal dengan NIP/);
    expect(asked.output).not.toContain(PASSWORD);

    const second = await run(url, ["--name", "Citra Ayu", "--email", "citra@serangkab.go.id", "--password-file", file], "");
    expect(second).toEqual({ code: 1, output: expect.stringMatching(/^Basis data sudah memiliki 1 ADMIN aktif: .*--force-additional/m) });
    const forced = await run(url, ["--name", "Citra Ayu", "--email", "citra@serangkab.go.id", "--password-file", file, "--force-additional"], "");
    expect(forced.code).toBe(0);
    expect((await inspect(url)).users.map((u) => u.name)).toEqual(["Budi Santoso", "Citra Ayu"]);
  });

  it("applies the password policy and the field rules, naming each field, and saves nothing", async () => {
    const url = await scratch();
    const weak = await run(url, ["--name", "Dewi Lestari", "--nip", "12345", "--password-stdin"], "sandi\n");
    expect(weak.code).toBe(1);
    expect(weak.output).toMatch(/^Tidak disimpan\. NIP: NIP harus 18 digit angka; Kata sandi: Kata sandi minimal 10 karakter; /m);
    const mismatch = await run(url, [], `Budi Santoso\n198001012005011001\n\n${PASSWORD}\nLain-Sandi-2026\n`);
    expect(mismatch).toEqual({ code: 1, output: expect.stringMatching(/^Tidak disimpan\. Ulangi kata sandi: Konfirmasi kata sandi tidak sama\.$/m) });
    expect((await inspect(url)).users).toEqual([]);
  });

  it("refuses a password on the command line and sets a new one with --reset-password", async () => {
    const url = await scratch();
    const onCommandLine = await run(url, ["--name", "Dewi Lestari", "--email", "dewi@serangkab.go.id", `--password=${PASSWORD}`], "");
    expect(onCommandLine).toEqual({ code: 1, output: expect.stringMatching(/^Kata sandi tidak diterima di baris perintah/) });
    await run(url, ["--name", "Dewi Lestari", "--email", "dewi@serangkab.go.id", "--password-stdin"], `${PASSWORD}\n`);
    const reset = await run(url, ["--reset-password", "--email", "dewi@serangkab.go.id", "--password-stdin"], "Sandi-Baru-Pemda-7\n");
    expect(reset).toEqual({ code: 0, output: expect.stringContaining("Kata sandi ADMIN Dewi Lestari diganti") });
    const { users, events } = await inspect(url);
    expect(await verifyPassword(users[0]!.passwordHash, "Sandi-Baru-Pemda-7")).toBe(true);
    expect(events.map((e) => e.action).sort()).toEqual(["user.create", "user.reset_password"]);
  });
});
