import { type ChildProcess, spawn } from "node:child_process";
import { availableParallelism } from "node:os";

// "A busy machine" for a benchmark: one child per core spinning for a bounded time, so the
// server under test competes for CPU as it does when other work runs beside it.

export type CpuHog = { stop: () => void };

/** Starts the hog; it stops by itself after `seconds` even if `stop` is never called. */
export function startCpuHog({ seconds, cores = availableParallelism() }: { seconds: number; cores?: number }): CpuHog {
  const until = Date.now() + seconds * 1000;
  const children: ChildProcess[] = Array.from({ length: cores }, () =>
    spawn(process.execPath, ["-e", `const until = ${until}; while (Date.now() < until) { for (let i = 0; i < 1e6; i++); }`], { stdio: "ignore" }),
  );
  return {
    stop: () => {
      for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}
