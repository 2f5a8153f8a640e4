import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

export type SuiteCount = { name: string; passed: number; failed: number; skipped: number };

/** Runs a test command with inherited output; resolves with its exit code. */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(1));
  });
}

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests?: number; success: boolean };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };

/** Counts from vitest's JSON report; a run that crashed before reporting counts as one failure. */
export function countVitest(name: string, file: string, exitCode: number): SuiteCount {
  if (!existsSync(file)) return { name, passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as VitestReport;
  const failed = report.numFailedTests + (exitCode !== 0 && report.numFailedTests === 0 ? 1 : 0);
  return { name, passed: report.numPassedTests, failed, skipped: report.numPendingTests + (report.numTodoTests ?? 0) };
}

export function countPlaywright(name: string, file: string, exitCode: number): SuiteCount {
  if (!existsSync(file)) return { name, passed: 0, failed: 1, skipped: 0 };
  const { stats, errors = [] } = JSON.parse(readFileSync(file, "utf8")) as PlaywrightReport;
  const failed = stats.unexpected + errors.length + (exitCode !== 0 && stats.unexpected === 0 && errors.length === 0 ? 1 : 0);
  return { name, passed: stats.expected + stats.flaky, failed, skipped: stats.skipped };
}
