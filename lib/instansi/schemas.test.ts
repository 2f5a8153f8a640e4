import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InstansiConditionSchema, ProposalDeadlineSchema } from "./condition-schemas";
import { InstansiProfileSchema } from "./schemas";

const periodId = crypto.randomUUID();
const fieldsOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

beforeEach(() => vi.useFakeTimers({ now: new Date("2026-12-02T03:00:00Z") }));
afterEach(() => vi.useRealTimers());

describe("InstansiProfileSchema", () => {
  it("trims and accepts a Pemda kota in WITA", () => {
    expect(InstansiProfileSchema.parse({ name: " Pemerintah Kota Uji ", kind: "PEMDA_KOTA", regionName: "Kota Uji", headTitle: "Wali Kota Uji", timeZone: "WITA" })).toMatchObject({ name: "Pemerintah Kota Uji", timeZone: "WITA" });
  });

  it("refuses an unknown kind or zone and empty names, each on its field", () => {
    expect(fieldsOf(InstansiProfileSchema.safeParse({ name: "", kind: "DESA", regionName: "x", headTitle: "", timeZone: "UTC" }))).toEqual({
      name: "Nama instansi minimal 5 karakter",
      kind: "Pilih jenis instansi",
      regionName: "Nama wilayah minimal 3 karakter",
      headTitle: "Jabatan kepala instansi minimal 3 karakter",
      timeZone: "Pilih zona waktu (WIB, WITA, atau WIT)",
    });
  });
});

describe("InstansiConditionSchema", () => {
  const valid = { periodId, key: "SPIP", value: "3", documentName: "Laporan maturitas SPIP BPKP", documentDate: "2026-11-10", sourceKind: "LINK", sourceUrl: "https://bpkp.go.id/spip.pdf" };

  it("accepts each row's own values only", () => {
    expect(InstansiConditionSchema.safeParse(valid).success).toBe(true);
    expect(fieldsOf(InstansiConditionSchema.safeParse({ ...valid, value: "6" }))).toEqual({ value: "Nilai tidak dikenal untuk baris ini: pilih salah satu dari daftar" });
    expect(fieldsOf(InstansiConditionSchema.safeParse({ ...valid, key: "OPINI_BPK", value: "BB" }))).toHaveProperty("value");
    expect(InstansiConditionSchema.safeParse({ ...valid, key: "OPINI_BPK", value: "WDP" }).success).toBe(true);
    expect(InstansiConditionSchema.safeParse({ ...valid, key: "INDEKS_RB", value: "CC" }).success).toBe(true);
  });

  it("needs a link for a link source, a web address, and a document date not after today", () => {
    expect(fieldsOf(InstansiConditionSchema.safeParse({ ...valid, sourceUrl: "" }))).toEqual({ sourceUrl: "Isi tautan dokumen sumber" });
    expect(fieldsOf(InstansiConditionSchema.safeParse({ ...valid, sourceUrl: "javascript:alert(1)" }))).toHaveProperty("sourceUrl");
    expect(fieldsOf(InstansiConditionSchema.safeParse({ ...valid, documentDate: "2026-12-04" }))).toEqual({ documentDate: "Tanggal dokumen tidak boleh setelah hari ini" });
    expect(InstansiConditionSchema.safeParse({ ...valid, sourceKind: "FILE", sourceUrl: "" }).success).toBe(true);
  });
});

describe("ProposalDeadlineSchema", () => {
  it("takes a date or blank (31 May) and refuses an impossible date", () => {
    expect(ProposalDeadlineSchema.parse({ periodId, proposalDeadline: "" }).proposalDeadline).toBeNull();
    expect(ProposalDeadlineSchema.parse({ periodId, proposalDeadline: "2027-06-15" }).proposalDeadline).toBe("2027-06-15");
    expect(fieldsOf(ProposalDeadlineSchema.safeParse({ periodId, proposalDeadline: "2027-02-30" }))).toEqual({ proposalDeadline: "Isi batas pengusulan ke TPN dengan tanggal yang benar" });
  });
});
