import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// A full collection before each sample, so that a sample counts what is still held, not garbage
// waiting for the collector.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const used = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Samples live heap + Buffer memory while `work` runs; answers the peak above the start, in bytes. */
export async function measurePeakGrowth(work: () => Promise<unknown>): Promise<number> {
  const start = used();
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, used())), 25);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, used()) - start;
}
