import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { formatDateTimeZoned } from "@/lib/format";
import type { BrokenPoint, ChainVerification } from "./verify-chain";

// The one line `npm run audit:verify` prints, and its exit code.

const count = new Intl.NumberFormat("id-ID");

export type ChainReport = { line: string; exitCode: 0 | 1 };

/** Where the chain breaks and why, e.g. "peristiwa #57 (urutan 57, answer.unit_update, … WIB): …". */
export function describeBrokenPoint(point: BrokenPoint, zone: TimeZoneCode = "WIB"): string {
  const when = formatDateTimeZoned(point.at, zone);
  if (point.kind === "checkpoint") return `checkpoint urutan ${point.seq} (${when}): ${point.reason}`;
  const place = point.seq === null ? "belum disegel" : `urutan ${point.seq}`;
  return `peristiwa #${point.id} (${place}, ${point.action}, ${when}): ${point.reason}`;
}

/** `zone`: the instansi's time zone, in which times are printed. */
export function describeChainVerification(result: ChainVerification, { zone }: { zone: TimeZoneCode }): ChainReport {
  if (result.ok) {
    // The full last hash and checkpoint, so an operator can note them and later see that
    // nothing was cut off the end.
    const checkpoint = result.checkpoint
      ? `checkpoint terakhir urutan ${result.checkpoint.seq} (${formatDateTimeZoned(result.checkpoint.at, zone)})`
      : "belum ada checkpoint";
    return {
      line:
        `Rantai audit utuh: ${count.format(result.events)} peristiwa tersegel, hash terakhir ${result.lastHash}; ` +
        `${checkpoint}; ${count.format(result.unsealed)} peristiwa baru menunggu disegel`,
      exitCode: 0,
    };
  }
  return {
    line: `Rantai audit RUSAK pada ${describeBrokenPoint(result.firstBroken, zone)}. ${count.format(result.events)} peristiwa tersegel diperiksa.`,
    exitCode: 1,
  };
}
