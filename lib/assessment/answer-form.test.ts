import { describe, expect, it } from "vitest";
import { findQuestion } from "@/lib/lke/sections";
import { getLkeVersion } from "@/lib/lke/versions";
import { answerFormSchema, toFormValues } from "./answer-form";

const lke = getLkeVersion("pm90-2021")!;
const q = (code: string) => findQuestion(lke, code)!;
const blank = { choice: "", counts: {}, index: "", note: "" };
const messages = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("answerFormSchema", () => {
  it("turns a chosen option into its code and an empty choice into no answer", () => {
    expect(answerFormSchema(q("A.I.1.i.b")).parse({ ...blank, choice: "B", note: "  rapat 12 Jan " })).toEqual({ value: "B", note: "rapat 12 Jan" });
    expect(answerFormSchema(q("A.I.1.i.b")).parse(blank)).toEqual({ value: null, note: null });
  });

  it("reads counts as whole numbers and leaves unused inputs out when blank", () => {
    const schema = answerFormSchema(q("A.II.3.iii.a"));
    const counts = { jumlah_pelanggaran_tahun_sebelumnya: "4", jumlah_pelanggaran_tahun_ini: "1", jumlah_pelanggaran_diberi_sanksi: "" };
    expect(schema.parse({ ...blank, counts })).toEqual({ value: { jumlah_pelanggaran_tahun_sebelumnya: 4, jumlah_pelanggaran_tahun_ini: 1 }, note: null });
  });

  it("refuses negative, fractional and half-filled counts with a message per field", () => {
    const schema = answerFormSchema(q("A.II.4.i.a"));
    expect(messages(schema.safeParse({ ...blank, counts: { jumlah_sasaran_kinerja: "-1", jumlah_sasaran_tercapai: "2,5" } }))).toEqual([
      "Isi bilangan bulat 0 atau lebih",
      "Isi bilangan bulat 0 atau lebih",
    ]);
    expect(messages(schema.safeParse({ ...blank, counts: { jumlah_sasaran_kinerja: "10", jumlah_sasaran_tercapai: "" } }))).toEqual([
      "Lengkapi isian ini agar persentase dapat dihitung",
    ]);
  });

  it("accepts an index with a decimal comma and refuses one outside 0–4", () => {
    const schema = answerFormSchema(q("B.I.a.a"));
    expect(schema.parse({ ...blank, index: "3,45" }).value).toBe(3.45);
    expect(schema.parse({ ...blank, index: "4" }).value).toBe(4);
    for (const bad of ["4,5", "-1", "3,456", "tiga"]) expect(schema.safeParse({ ...blank, index: bad }).success).toBe(false);
  });

  it("round-trips a stored answer through the form values", () => {
    const percent = q("A.II.1.i.a");
    const stored = { jumlah_agen_perubahan: 10, jumlah_perubahan_dibuat: 7 };
    expect(answerFormSchema(percent).parse(toFormValues(percent, stored, "catatan"))).toEqual({ value: stored, note: "catatan" });
    expect(toFormValues(q("B.I.a.a"), 3.5, null).index).toBe("3,5");
  });
});
