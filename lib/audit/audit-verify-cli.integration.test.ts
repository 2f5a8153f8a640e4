import { execFile } from "node:child_process";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { getTestDb, resetDatabase, testDatabaseUrl } from "@/tests/support/db";
import { recordAuditEvent } from "./record-event";

beforeEach(resetDatabase);

type Run = { code: number; stdout: string; stderr: string };

/** `npm run audit:verify` without the prisma generate step, against the test database. */
function runAuditVerify(): Promise<Run> {
  const tsx = path.resolve("node_modules/.bin/tsx");
  return new Promise((resolve) => {
    execFile(tsx, ["scripts/audit-verify.ts"], { env: { ...process.env, DATABASE_URL: testDatabaseUrl() }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr });
    });
  });
}

async function writeThreeEvents() {
  const db = getTestDb();
  for (const step of ["satu", "dua", "tiga"]) {
    await recordAuditEvent(db, { action: "test.cli", entityType: "Test", entityId: step, after: { step, skor: 3.45 } });
  }
  return db.auditEvent.findMany({ orderBy: { id: "asc" }, select: { id: true, hash: true } });
}

describe("npm run audit:verify", () => {
  it("prints one line with the count and last hash, and exits 0, for an intact chain", async () => {
    const events = await writeThreeEvents();
    const run = await runAuditVerify();
    expect(run).toEqual({ code: 0, stdout: `Rantai audit utuh: 3 peristiwa, hash terakhir ${events[2]!.hash}\n`, stderr: "" });
  });

  it("prints the first broken link and exits 1 when an event was deleted", async () => {
    const events = await writeThreeEvents();
    await getTestDb().$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
      try {
        await tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${events[0]!.id}`;
      } finally {
        await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
      }
    });
    const run = await runAuditVerify();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`^Rantai audit RUSAK pada peristiwa #${events[1]!.id} \\(test\\.cli, .+ WIB\\): prevHash tidak sama dengan hash peristiwa sebelumnya — ada peristiwa yang dihapus atau disisipkan\\. 1 peristiwa diperiksa\\.\\n$`),
    );
  });
});
