import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/net/port";

// `npm start` with bad settings: one clear line on stderr, a non-zero exit, no stack trace.

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { NODE_ENV: "production", PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: mkdtempSync(path.join(tmpdir(), "start-")), ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  const lines = result.stderr.split("\n").filter((line) => line.trim() !== "");
  return { status: result.status, lines, stderr: result.stderr };
}

const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

async function occupiedPort(): Promise<number> {
  const port = await findFreePort();
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen({ port, host: "127.0.0.1" }, resolve));
  return port;
}

describe("npm start refuses bad settings in one line", () => {
  it("a malformed DATABASE_URL", () => {
    const run = start({ DATABASE_URL: "mysql://root@localhost/zi" });
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([expect.stringMatching(/^Konfigurasi salah — DATABASE_URL: DATABASE_URL tidak valid: gunakan bentuk postgresql:/)]);
  });

  it("an unreachable database", async () => {
    const port = await findFreePort();
    const run = start({ DATABASE_URL: `postgresql://zi:zi@127.0.0.1:${port}/zi`, AUTH_SECRET: "x".repeat(40), PORT: String(await findFreePort()) });
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([expect.stringMatching(new RegExp(`^Basis data 127\\.0\\.0\\.1:${port}/zi tidak dapat dihubungi .*Periksa DATABASE_URL`))]);
  });

  it("a port already in use", async () => {
    const port = await occupiedPort();
    const run = start({ PORT: String(port) });
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([`Port ${port} (portal) sudah dipakai program lain. Hentikan program itu atau pilih port lain dengan PORT=<port>.`]);
  });

  it("a data folder that cannot be written", async () => {
    const run = start({ DATA_DIR: "/etc/hostname/portal-zi-data", AUTH_SECRET: "x".repeat(40), PORT: String(await findFreePort()), EMBEDDED_PG_PORT: String(await findFreePort()) });
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([expect.stringMatching(/^Folder data \/etc\/hostname\/portal-zi-data tidak dapat dibuat atau ditulisi .*Atur DATA_DIR/)]);
  });
});
