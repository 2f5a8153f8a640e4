import { describe, expect, it } from "vitest";
import { decideResult, unmetPrerequisites } from "./result";

const ALL = { tindakLanjutTemuan: true, lhkpnLhkasn: true, sakipMinB: true, sakipMinBB: true, ziMinimalSatuTahun: true };

describe("decideResult (Tabel 6 and Tabel 5 together)", () => {
  it("gives WBBM only when both tables hold for WBBM", () => {
    expect(decideResult({ tabel6Pass: { WBK: true, WBBM: true }, prerequisites: ALL })).toBe("WBBM");
    expect(decideResult({ tabel6Pass: { WBK: true, WBBM: true }, prerequisites: { ...ALL, sakipMinBB: false } })).toBe("WBK");
    expect(decideResult({ tabel6Pass: { WBK: true, WBBM: false }, prerequisites: ALL })).toBe("WBK");
  });

  it("gives nothing when a prerequisite shared by both targets is unconfirmed, or Tabel 6 fails", () => {
    expect(decideResult({ tabel6Pass: { WBK: true, WBBM: true }, prerequisites: { ...ALL, ziMinimalSatuTahun: false } })).toBeNull();
    expect(decideResult({ tabel6Pass: { WBK: false, WBBM: false }, prerequisites: ALL })).toBeNull();
  });

  it("asks SAKIP ≥ B for WBK and ≥ BB for WBBM", () => {
    const none = { tindakLanjutTemuan: false, lhkpnLhkasn: false, sakipMinB: false, sakipMinBB: false, ziMinimalSatuTahun: false };
    expect(unmetPrerequisites("WBK", none)).toEqual(["tindakLanjutTemuan", "lhkpnLhkasn", "sakipMinB", "ziMinimalSatuTahun"]);
    expect(unmetPrerequisites("WBBM", none)).toEqual(["tindakLanjutTemuan", "lhkpnLhkasn", "sakipMinBB", "ziMinimalSatuTahun"]);
  });
});
