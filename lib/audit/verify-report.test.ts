import { describe, expect, it } from "vitest";
import { REASON_CONTENT_CHANGED, REASON_NEWEST_REMOVED, reasonUnsealed } from "./verify-chain";
import { describeChainVerification } from "./verify-report";

const WIB = { zone: "WIB" as const };

describe("describeChainVerification", () => {
  it("reports an intact chain with its size, full last hash, last checkpoint and events waiting, exit 0", () => {
    const report = describeChainVerification({ ok: true, events: 1234, lastHash: "ab".repeat(32), unsealed: 3, checkpoint: { seq: 1234n, at: new Date("2026-03-02T03:04:05.678Z") } }, WIB);
    expect(report).toEqual({
      line: `Rantai audit utuh: 1.234 peristiwa tersegel, hash terakhir ${"ab".repeat(32)}; checkpoint terakhir urutan 1234 (2 Mar 2026, 10.04 WIB); 3 peristiwa baru menunggu disegel`,
      exitCode: 0,
    });
    expect(describeChainVerification({ ok: true, events: 0, lastHash: "0".repeat(64), unsealed: 0, checkpoint: null }, WIB).line).toContain("belum ada checkpoint");
  });

  it("reports the first broken event with its seq and its time in the instansi's zone, exit 1", () => {
    const broken = {
      ok: false as const,
      events: 57,
      firstBroken: { kind: "event" as const, id: 61n, seq: 57n, at: new Date("2026-03-02T03:04:05.678Z"), action: "answer.unit_update", reason: REASON_CONTENT_CHANGED },
    };
    const report = describeChainVerification(broken, WIB);
    expect(report.exitCode).toBe(1);
    expect(report.line).toBe(
      "Rantai audit RUSAK pada peristiwa #61 (urutan 57, answer.unit_update, 2 Mar 2026, 10.04 WIB): hash tidak cocok dengan isi peristiwa — isi diubah. 57 peristiwa tersegel diperiksa.",
    );
    expect(describeChainVerification(broken, { zone: "WIT" }).line).toContain("(urutan 57, answer.unit_update, 2 Mar 2026, 12.04 WIT)");
  });

  it("reports a broken checkpoint and an event left unsealed", () => {
    const at = new Date("2026-03-02T03:04:05.678Z");
    expect(describeChainVerification({ ok: false, events: 5, firstBroken: { kind: "checkpoint", seq: 7n, at, reason: REASON_NEWEST_REMOVED } }, WIB).line).toBe(
      `Rantai audit RUSAK pada checkpoint urutan 7 (2 Mar 2026, 10.04 WIB): ${REASON_NEWEST_REMOVED}. 5 peristiwa tersegel diperiksa.`,
    );
    expect(describeChainVerification({ ok: false, events: 5, firstBroken: { kind: "event", id: 9n, seq: null, at, action: "auth.sign_in", reason: reasonUnsealed(10) } }, WIB).line).toBe(
      `Rantai audit RUSAK pada peristiwa #9 (belum disegel, auth.sign_in, 2 Mar 2026, 10.04 WIB): ${reasonUnsealed(10)}. 5 peristiwa tersegel diperiksa.`,
    );
  });
});
