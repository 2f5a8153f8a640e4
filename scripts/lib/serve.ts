import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

/**
 * Starts `next start` on loopback and waits until the login page answers: with 200 by default, or
 * with any HTTP status (`readyWhen: "answers"`) for a server whose database is meant to be down —
 * its login page reads the instansi profile and answers with the portal's error page.
 */
export async function serveBuiltApp(options: {
  port: number;
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
  readyWhen?: "ok" | "answers";
  /** Receives the server's standard output (its JSON log lines in production). */
  onOutput?: (text: string) => void;
}): Promise<ChildProcess> {
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(options.port)], {
    stdio: ["ignore", "pipe", "inherit"],
    env: options.env,
  });
  child.stdout?.on("data", (chunk: Buffer) => options.onOutput?.(chunk.toString("utf8")));
  const timeoutMs = options.timeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start berhenti dengan kode ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${options.port}/login`);
      if (response.ok || options.readyWhen === "answers") return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`Server uji tidak siap dalam ${Math.round(timeoutMs / 1000)} detik`);
}
