import { execFile } from "node:child_process";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase, testDatabaseUrl } from "@/tests/support/db";
import { recordAuditEvent } from "./record-event";
import { sealAll, tamperOne } from "./test-support";

beforeEach(resetDatabase);

type Run = { code: number; stdout: string; stderr: string };

/** `npm run audit:verify` without the prisma generate step, against the test database. */
function runAuditVerify(env: Record<string, string | undefined> = { AUDIT_SIGNING_KEY: "k".repeat(32) }): Promise<Run> {
  const tsx = path.resolve("node_modules/.bin/tsx");
  const base = { ...process.env, AUDIT_SIGNING_KEY: undefined, AUTH_SECRET: undefined, DEMO_MODE: undefined };
  return new Promise((resolve) => {
    execFile(tsx, ["scripts/audit-verify.ts"], { env: { ...base, DATABASE_URL: testDatabaseUrl(), ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr });
    });
  });
}

async function writeThreeEvents() {
  const db = getTestDb();
  for (const step of ["satu", "dua", "tiga"]) {
    await recordAuditEvent(db, { action: "test.cli", entityType: "Test", entityId: step, after: { step, skor: 3.45 } });
  }
  await sealAll();
  return db.auditEvent.findMany({ orderBy: { seq: "asc" }, select: { id: true, hash: true } });
}

// Each test starts tsx twice (seal helper aside): on a busy shared machine that alone can pass 30 s.
describe("npm run audit:verify", { timeout: 120_000 }, () => {
  it("prints one line with the count, last hash and checkpoint, and exits 0, for an intact chain", async () => {
    const events = await writeThreeEvents();
    const run = await runAuditVerify();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^Rantai audit utuh: 3 peristiwa tersegel, hash terakhir ${events[2]!.hash}; checkpoint terakhir urutan 3 \\(.+ WIB\\); 0 peristiwa baru menunggu disegel\\n$`),
    );
  });

  it("prints the first broken point and exits 1 when the newest event was removed", async () => {
    const events = await writeThreeEvents();
    await tamperOne("AuditEvent", `DELETE FROM "AuditEvent" WHERE "id" = $1`, events[2]!.id);
    const run = await runAuditVerify();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Rantai audit RUSAK pada checkpoint urutan 3 \(.+ WIB\): checkpoint bertanda tangan mencatat peristiwa yang tidak ada lagi — peristiwa terbaru dihapus\. 2 peristiwa tersegel diperiksa\.\n$/);
  });

  it("says which key to set, and exits 1, when it cannot check the signatures", async () => {
    await writeThreeEvents();
    const run = await runAuditVerify({});
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toBe("Kunci checkpoint audit tidak diketahui: atur AUDIT_SIGNING_KEY (atau AUTH_SECRET) sama seperti pada portal.\n");
  });
});
