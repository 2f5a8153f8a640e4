import { mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/net/port";
import { isAlive, type Spawned, spawnScript } from "@/tests/support/spawned";

// The kill -9 probe of issue 11, against `npm start`'s own supervision (scripts/lib/run-servers.ts)
// with a stand-in web server (tests/support/portal-harness.ts), each on a fresh DATA_DIR.

const runs: { harness: Spawned; dataDir: string }[] = [];
afterEach(async () => {
  for (const { harness, dataDir } of runs.splice(0)) {
    if (harness.child.exitCode === null) {
      harness.child.kill("SIGTERM");
      await harness.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
});

async function startHarness(delays = "300,600,1200") {
  const dataDir = mkdtempSync(path.join(tmpdir(), "supervise-"));
  const harness = spawnScript("tests/support/portal-harness.ts", [], { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await findFreePort()), HARNESS_DELAYS_MS: delays });
  runs.push({ harness, dataDir });
  const url = (await harness.waitFor(/DATABASE_URL=(\S+)/, 45_000))[1]!;
  const webPid = Number((await harness.waitFor(/WEB_PID=(\d+)/))[1]);
  const postmasterPid = () => Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  return { harness, dataDir, url, webPid, postmasterPid };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return (await client.query("SELECT 1 AS one")).rows[0]?.one === 1;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe("npm start supervises its processes", () => {
  it("restarts the bundled PostgreSQL after a kill -9, and a requested stop still exits 0", async () => {
    const { harness, url, postmasterPid } = await startHarness();
    const first = postmasterPid();
    process.kill(first, "SIGKILL");
    await harness.waitFor(/PostgreSQL bawaan berhenti tiba-tiba \(sinyal SIGKILL\)/);
    await harness.waitFor(/PostgreSQL bawaan berjalan lagi/, 30_000);
    expect(postmasterPid()).not.toBe(first);
    expect(await answers(url)).toBe(true);

    harness.child.kill("SIGTERM");
    expect(await harness.exited).toEqual({ code: 0, signal: null });
    expect(harness.output()).toMatch(/PostgreSQL bawaan dihentikan dengan bersih/);
    expect(await answers(url)).toBe(false);
  }, 60_000);

  it("exits 137 after a kill -9 of the web server, with PostgreSQL stopped", async () => {
    const { harness, url, webPid, postmasterPid } = await startHarness();
    const postmaster = postmasterPid();
    process.kill(webPid, "SIGKILL");
    expect(await harness.exited).toEqual({ code: 137, signal: null });
    expect(harness.output()).toMatch(/Server web berhenti tanpa diminta \(sinyal SIGKILL\); portal berhenti dengan kode 137/);
    expect(isAlive(postmaster)).toBe(false);
    expect(await answers(url)).toBe(false);
  }, 60_000);

  it("gives up after the last failed restart: stops the web server and exits 1", async () => {
    const { harness, dataDir, webPid, postmasterPid } = await startHarness("200,200,200");
    const pid = postmasterPid();
    renameSync(path.join(dataDir, "postgres"), path.join(dataDir, "postgres-moved")); // nothing left to start
    process.kill(pid, "SIGKILL");
    expect(await harness.exited).toEqual({ code: 1, signal: null });
    expect(harness.output()).toMatch(/Percobaan 3 menjalankan ulang PostgreSQL bawaan gagal/);
    expect(harness.output()).toMatch(/tidak dapat dijalankan ulang setelah 3 percobaan; portal dihentikan/);
    expect(isAlive(webPid)).toBe(false);
  }, 60_000);
});
