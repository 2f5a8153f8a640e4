import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { findFreePort } from "@/lib/net/port";

/** A script run as its own process, its output collected, with waits on what it prints. */
export type Spawned = { child: ChildProcess; output: () => string; waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> };

export function spawnScript(script: string, args: string[], env: Record<string, string | undefined>, nodeArgs: string[] = []): Spawned {
  const childEnv: NodeJS.ProcessEnv = { NODE_ENV: "test", PATH: process.env.PATH, HOME: process.env.HOME, ...env };
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "--import", "tsx", script, ...args], { env: childEnv, stdio: ["pipe", "pipe", "pipe"] });
  let text = "";
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const waitFor = async (pattern: RegExp, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = text.match(pattern);
      if (match) return match;
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Tidak muncul ${pattern} (kode ${child.exitCode}); keluaran:\n${text}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { child, output: () => text, waitFor, exited };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `npm start`'s script (scripts/start.ts) once, for a start that is expected to stop by
 * itself (a refusal, a fault): its exit status and its non-empty stderr lines.
 */
export async function runStartOnce(env: Record<string, string>): Promise<{ status: number | null; lines: string[] }> {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { NODE_ENV: "test", PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(await findFreePort()), ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, lines: result.stderr.split("\n").filter((line) => line.trim() !== "") };
}
