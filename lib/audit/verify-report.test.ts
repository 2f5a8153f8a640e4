import { describe, expect, it } from "vitest";
import { REASON_CONTENT_CHANGED } from "./verify-chain";
import { describeChainVerification } from "./verify-report";

describe("describeChainVerification", () => {
  it("reports an intact chain with its size and full last hash, exit 0", () => {
    expect(describeChainVerification({ ok: true, events: 1234, lastHash: "ab".repeat(32) }, { zone: "WIB" })).toEqual({
      line: `Rantai audit utuh: 1.234 peristiwa, hash terakhir ${"ab".repeat(32)}`,
      exitCode: 0,
    });
  });

  it("reports the first broken event with its time in the instansi's zone, exit 1", () => {
    const broken = {
      ok: false as const,
      events: 57,
      firstBroken: { id: 57n, at: new Date("2026-03-02T03:04:05.678Z"), action: "answer.unit_update", reason: REASON_CONTENT_CHANGED },
    };
    const report = describeChainVerification(broken, { zone: "WIB" });
    expect(describeChainVerification(broken, { zone: "WIT" }).line).toContain("(answer.unit_update, 2 Mar 2026, 12.04 WIT)");
    expect(report.exitCode).toBe(1);
    expect(report.line).toBe(
      "Rantai audit RUSAK pada peristiwa #57 (answer.unit_update, 2 Mar 2026, 10.04 WIB): hash tidak cocok dengan isi peristiwa — isi diubah. 57 peristiwa diperiksa.",
    );
  });
});
