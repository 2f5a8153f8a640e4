import { describe, expect, it } from "vitest";
import { parseAnswers } from "./answers";
import { loadPm90 } from "./test-support";

const lke = loadPm90();
const messages = (raw: unknown) => {
  const parsed = parseAnswers(lke, raw);
  if (parsed.ok) throw new Error("expected a refusal");
  return parsed.problems.map((p) => p.message);
};
const ratioInputs = { jumlah_sasaran_kinerja: 10, jumlah_sasaran_tercapai: 7 };

describe("parseAnswers accepts", () => {
  it("option codes, counts, survey indices, and drops null as unanswered", () => {
    const parsed = parseAnswers(lke, {
      "A.I.1.i.a": "YA",
      "A.I.1.i.b": "B",
      "A.II.4.i.a": ratioInputs,
      "A.II.5.ii.a": { jumlah_pengaduan_harus_ditindaklanjuti: 3, jumlah_pengaduan_selesai_ditindaklanjuti: 3 },
      "B.I.a.a": 3.6,
      "B.II.a.a": null,
    });
    expect(parsed).toEqual({
      ok: true,
      answers: {
        "A.I.1.i.a": "YA",
        "A.I.1.i.b": "B",
        "A.II.4.i.a": ratioInputs,
        "A.II.5.ii.a": { jumlah_pengaduan_harus_ditindaklanjuti: 3, jumlah_pengaduan_selesai_ditindaklanjuti: 3 },
        "B.I.a.a": 3.6,
      },
    });
  });

  it("survey indices at both ends of 0–4", () => {
    expect(parseAnswers(lke, { "B.I.a.a": 0, "B.II.a.a": 4 }).ok).toBe(true);
  });
});

describe("parseAnswers refuses, naming the question", () => {
  it("something that is not an object", () => {
    expect(messages([])).toEqual(["Jawaban harus berupa objek { kode pertanyaan: jawaban }"]);
    expect(messages("YA")).toHaveLength(1);
  });

  it("an unknown question code", () => {
    expect(messages({ "A.I.9.z": "YA", "X.1": "A" })).toEqual([
      "Pertanyaan A.I.9.z: kode pertanyaan tidak dikenal dalam LKE pm90-2021",
      "Pertanyaan X.1: kode pertanyaan tidak dikenal dalam LKE pm90-2021",
    ]);
  });

  it("an option outside the question's scale", () => {
    expect(messages({ "A.I.1.i.a": "A" })).toEqual([
      'Pertanyaan A.I.1.i.a: pilihan "A" tidak sah untuk skala YA_TIDAK; pilihan yang sah: YA, TIDAK',
    ]);
    expect(messages({ "A.I.1.iii.a": "E" })[0]).toContain("A.I.1.iii.a");
  });

  it("a value of the wrong kind for the question type", () => {
    expect(messages({ "A.I.1.i.b": 1 })).toEqual(["Pertanyaan A.I.1.i.b: jawaban harus berupa kode pilihan (A, B, C), bukan bilangan 1"]);
    expect(messages({ "A.II.4.i.a": "A" })).toEqual([
      "Pertanyaan A.II.4.i.a: jawaban PERCENT harus berupa objek isian { jumlah_sasaran_kinerja, jumlah_sasaran_tercapai }, bukan teks \"A\"",
    ]);
    expect(messages({ "B.I.a.a": "3.6" })).toEqual(['Pertanyaan B.I.a.a: indeks survei harus berupa bilangan, bukan teks "3.6"']);
  });

  it("a missing PERCENT input, but not a missing unused one", () => {
    expect(messages({ "A.II.4.i.a": { jumlah_sasaran_kinerja: 10 } })).toEqual([
      'Pertanyaan A.II.4.i.a: isian "jumlah_sasaran_tercapai" wajib diisi',
    ]);
    // jumlah_pengaduan_sedang_diproses is unused: it may be left out
    const complaints = { jumlah_pengaduan_harus_ditindaklanjuti: 2, jumlah_pengaduan_selesai_ditindaklanjuti: 1 };
    expect(parseAnswers(lke, { "A.II.5.ii.a": complaints }).ok).toBe(true);
  });

  it("a negative, fractional or non-numeric count", () => {
    expect(messages({ "A.II.4.i.a": { jumlah_sasaran_kinerja: -1, jumlah_sasaran_tercapai: 2.5 } })).toEqual([
      'Pertanyaan A.II.4.i.a: isian "jumlah_sasaran_kinerja" tidak boleh negatif (-1)',
      'Pertanyaan A.II.4.i.a: isian "jumlah_sasaran_tercapai" harus bilangan bulat (2.5)',
    ]);
    expect(messages({ "A.II.4.i.a": { jumlah_sasaran_kinerja: "10", jumlah_sasaran_tercapai: null } })).toEqual([
      'Pertanyaan A.II.4.i.a: isian "jumlah_sasaran_kinerja" harus berupa bilangan, bukan teks "10"',
      'Pertanyaan A.II.4.i.a: isian "jumlah_sasaran_tercapai" harus berupa bilangan, bukan null',
    ]);
  });

  it("a count beyond the safe integers", () => {
    expect(messages({ "A.II.4.i.a": { ...ratioInputs, jumlah_sasaran_kinerja: 2 ** 60 } })).toEqual([
      `Pertanyaan A.II.4.i.a: isian "jumlah_sasaran_kinerja" terlalu besar (${String(2 ** 60)})`,
    ]);
  });

  it("an unknown input key", () => {
    expect(messages({ "A.II.4.i.a": { ...ratioInputs, jumlah_lain: 1 } })).toEqual([
      'Pertanyaan A.II.4.i.a: isian "jumlah_lain" tidak dikenal; isian yang sah: jumlah_sasaran_kinerja, jumlah_sasaran_tercapai',
    ]);
  });

  it("a survey index outside 0–4", () => {
    expect(messages({ "B.I.a.a": 4.01, "B.II.a.a": -0.5 })).toEqual([
      "Pertanyaan B.I.a.a: indeks survei 4.01 di luar rentang 0–4",
      "Pertanyaan B.II.a.a: indeks survei -0.5 di luar rentang 0–4",
    ]);
  });

  it("every problem at once, not just the first", () => {
    const problems = messages({
      "Z.9": "A",
      "A.I.1.i.a": "B",
      "A.II.4.i.a": { jumlah_sasaran_kinerja: -3 },
      "B.I.a.a": 7,
    });
    expect(problems).toHaveLength(5);
    for (const code of ["Z.9", "A.I.1.i.a", "A.II.4.i.a", "B.I.a.a"]) {
      expect(problems.some((p) => p.startsWith(`Pertanyaan ${code}:`))).toBe(true);
    }
  });
});
