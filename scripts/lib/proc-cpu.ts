import { readdirSync, readFileSync } from "node:fs";

// CPU time used by a process tree, from Linux's /proc (benchmarks only). On a machine shared
// with other work, CPU milliseconds per request say what the code costs where wall-clock
// latency mostly says how busy the machine was.

const TICK_MS = 10; // USER_HZ is 100 on Linux

type Stat = { pid: number; ppid: number; comm: string; cpuMs: number };

function readStat(pid: string): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = text.lastIndexOf(")");
    const fields = text.slice(close + 2).split(" ");
    // After "pid (comm)": state ppid … utime(12th) stime(13th), counted from state as 1st.
    return { pid: Number(pid), ppid: Number(fields[1]), comm: text.slice(text.indexOf("(") + 1, close), cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return null; // ended meanwhile
  }
}

/** CPU ms so far of `root` and each of its descendants (optionally only those whose command name matches), by pid. */
export function treeCpuMs(root: number, only?: (comm: string) => boolean): Map<number, number> {
  const stats = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(readStat).filter((s): s is Stat => s !== null);
  const children = new Map<number, Stat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const byPid = new Map<number, number>();
  const rootStat = stats.find((s) => s.pid === root);
  const queue = rootStat ? [rootStat] : [];
  while (queue.length > 0) {
    const stat = queue.pop()!;
    if (!only || only(stat.comm)) byPid.set(stat.pid, stat.cpuMs);
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return byPid;
}

/**
 * CPU ms spent between two readings: processes alive at the second reading, counted from the
 * first (or from their start). Time of processes that ended in between is not seen.
 */
export function cpuMsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
