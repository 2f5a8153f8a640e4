import { formatDateTime } from "@/lib/format";
import type { ChainVerification } from "./verify-chain";

// The one line `npm run audit:verify` prints, and its exit code.

const count = new Intl.NumberFormat("id-ID");

export type ChainReport = { line: string; exitCode: 0 | 1 };

export function describeChainVerification(result: ChainVerification): ChainReport {
  if (result.ok) {
    // The full last hash, so an operator can note it and later see that nothing was cut off the end.
    return { line: `Rantai audit utuh: ${count.format(result.events)} peristiwa, hash terakhir ${result.lastHash}`, exitCode: 0 };
  }
  const { id, at, action, reason } = result.firstBroken;
  return {
    line:
      `Rantai audit RUSAK pada peristiwa #${id} (${action}, ${formatDateTime(at)} WIB): ${reason}. ` +
      `${count.format(result.events)} peristiwa diperiksa.`,
    exitCode: 1,
  };
}
