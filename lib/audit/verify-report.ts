import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { formatDateTimeZoned } from "@/lib/format";
import type { ChainVerification } from "./verify-chain";

// The one line `npm run audit:verify` prints, and its exit code.

const count = new Intl.NumberFormat("id-ID");

export type ChainReport = { line: string; exitCode: 0 | 1 };

/** `zone`: the instansi's time zone, in which the broken event's time is printed. */
export function describeChainVerification(result: ChainVerification, { zone }: { zone: TimeZoneCode }): ChainReport {
  if (result.ok) {
    // The full last hash, so an operator can note it and later see that nothing was cut off the end.
    return { line: `Rantai audit utuh: ${count.format(result.events)} peristiwa, hash terakhir ${result.lastHash}`, exitCode: 0 };
  }
  const { id, at, action, reason } = result.firstBroken;
  return {
    line:
      `Rantai audit RUSAK pada peristiwa #${id} (${action}, ${formatDateTimeZoned(at, zone)}): ${reason}. ` +
      `${count.format(result.events)} peristiwa diperiksa.`,
    exitCode: 1,
  };
}
