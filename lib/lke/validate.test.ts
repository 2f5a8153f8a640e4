import { describe, expect, it } from "vitest";
import { validateLkeVersion } from "./validate";
import pm90 from "./versions/pm90-2021.json" with { type: "json" };

type Json = Record<string, unknown>;
/** A fresh, mutable copy of the shipped version for each test. */
const copy = (): Json => JSON.parse(JSON.stringify(pm90)) as Json;
/** Walks a path of keys and array positions in a JSON copy. */
function at(root: Json, ...path: (string | number)[]): Json {
  let node: unknown = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node as Json;
}
const list = (root: Json, ...path: (string | number)[]) => at(root, ...path) as unknown as Json[];
const problemsOf = (input: unknown) => {
  const result = validateLkeVersion(input);
  if (result.ok) throw new Error("expected the version to be refused");
  return result.problems;
};

// Positions in pm90-2021.json: components[0] = A (Pengungkit); parts[0] = A.I, parts[1] = A.II;
// areas[0] = MP; indicators[0] = A.I.1.i, whose questions[1] = A.I.1.i.b (ABC).
const MP_PEMENUHAN = ["components", 0, "parts", 0, "areas", 0] as const;

describe("validateLkeVersion", () => {
  it("accepts the shipped PM 90/2021 version with its 113 questions", () => {
    const result = validateLkeVersion(pm90);
    expect(result.ok).toBe(true);
  });

  it("compares weight sums exactly: 0.1 + 0.2 + 2.3 + 1.4 is 4", () => {
    const lke = copy();
    const weights = [0.1, 0.2, 2.3, 1.4];
    list(lke, ...MP_PEMENUHAN, "indicators").forEach((indicator, i) => (indicator.weight = weights[i]));
    // In floats the same sum is 3.9999999999999996, a tolerance-free float check would refuse it.
    expect(weights.reduce((a, b) => a + b, 0)).not.toBe(4);
    expect(validateLkeVersion(lke).ok).toBe(true);
  });

  it("refuses a weight sum that does not match its parent", () => {
    const lke = copy();
    at(lke, ...MP_PEMENUHAN, "indicators", 0).weight = 0.75; // 0.75 + 1 + 1 + 1.5 = 4.25 ≠ 4
    expect(problemsOf(lke)).toEqual([
      { path: "A.I.1", reason: "jumlah bobot indikator (0,75 + 1 + 1 + 1,5 = 4,25) tidak sama dengan bobotnya (4)" },
    ]);
  });

  it("refuses a part and a component whose children do not add up", () => {
    const lke = copy();
    at(lke, "components", 1, "parts", 0).weight = 22; // B.I = 17.5 + 5 = 22.5; B = 22 + 17.5 ≠ 40
    expect(problemsOf(lke).map((p) => p.path)).toEqual(["B", "B.I"]);
  });

  it("refuses a duplicate code", () => {
    const lke = copy();
    at(lke, ...MP_PEMENUHAN, "indicators", 1, "questions", 0).code = "A.I.1.i.a";
    expect(problemsOf(lke)).toEqual([
      { path: "A.I.1.i.a", reason: 'kode "A.I.1.i.a" dipakai lebih dari sekali dalam versi ini' },
    ]);
  });

  it("refuses a choice question whose options are not its scale's", () => {
    const lke = copy();
    const question = at(lke, ...MP_PEMENUHAN, "indicators", 0, "questions", 1); // A.I.1.i.b, ABC
    question.options = list(question, "options").slice(0, 2); // C is gone
    expect(problemsOf(lke)).toEqual([{ path: "A.I.1.i.b.options", reason: 'pilihan "C" dari skala ABC tidak ada' }]);
  });

  it("refuses a formula that refers to a missing or unused input", () => {
    const lke = copy();
    // A.II.4.i.a: components[0].parts[1].areas[3].indicators[0].questions[0]
    const formula = at(lke, "components", 0, "parts", 1, "areas", 3, "indicators", 0, "questions", 0, "formula");
    formula.numerator = ["jumlah_sasaran_hilang"];
    // A.II.5.ii.a: its 'sedang diproses' input is unused
    const complaints = at(lke, "components", 0, "parts", 1, "areas", 4, "indicators", 1, "questions", 0, "formula");
    complaints.denominator = ["jumlah_pengaduan_sedang_diproses"];
    expect(problemsOf(lke)).toEqual([
      { path: "A.II.4.i.a.formula", reason: 'rumus merujuk isian "jumlah_sasaran_hilang" yang tidak ada' },
      { path: "A.II.5.ii.a.formula", reason: 'rumus merujuk isian "jumlah_pengaduan_sedang_diproses" yang ditandai unused' },
    ]);
  });

  it("refuses a survey question without scaleMax", () => {
    const lke = copy();
    delete at(lke, "components", 1, "parts", 0, "indicators", 0, "questions", 0).scaleMax;
    expect(problemsOf(lke)).toEqual([{ path: "B.I.a.a", reason: "pertanyaan SURVEY_INDEX wajib memiliki scaleMax" }]);
  });

  it("lists every problem of a version with several at once", () => {
    const lke = copy();
    at(lke, ...MP_PEMENUHAN, "indicators", 0).weight = 0.75;
    at(lke, ...MP_PEMENUHAN, "indicators", 1, "questions", 0).code = "A.I.1.i.a";
    const question = at(lke, ...MP_PEMENUHAN, "indicators", 0, "questions", 1);
    question.options = list(question, "options").slice(0, 2);
    at(lke, "components", 0, "parts", 1, "areas", 3, "indicators", 0, "questions", 0, "formula").numerator = ["x"];
    at(lke, "components", 0, "parts", 1, "areas", 1).area = "MP"; // TL twice → MP twice in Reform, TL missing
    expect(problemsOf(lke)).toEqual([
      { path: "A.I.1.i.a", reason: 'kode "A.I.1.i.a" dipakai lebih dari sekali dalam versi ini' },
      { path: "A.II", reason: "area MP harus muncul tepat sekali (ditemukan 2)" },
      { path: "A.II", reason: "area TL harus muncul tepat sekali (ditemukan 0)" },
      { path: "A.I.1", reason: "jumlah bobot indikator (0,75 + 1 + 1 + 1,5 = 4,25) tidak sama dengan bobotnya (4)" },
      { path: "A.I.1.i.b.options", reason: 'pilihan "C" dari skala ABC tidak ada' },
      { path: "A.II.4.i.a.formula", reason: 'rumus merujuk isian "x" yang tidak ada' },
    ]);
  });

  it("refuses areas with different weights in Pemenuhan and Reform", () => {
    const lke = copy();
    at(lke, "components", 0, "parts", 0, "areas", 0).weight = 4.5;
    at(lke, "components", 0, "parts", 0, "areas", 1).weight = 3;
    const problems = problemsOf(lke);
    expect(problems).toContainEqual({ path: "A.II.1", reason: "bobot area MP di Reform (4) harus sama dengan di Pemenuhan (4,5)" });
    expect(problems).toContainEqual({ path: "A.II.2", reason: "bobot area TL di Reform (3,5) harus sama dengan di Pemenuhan (3)" });
  });

  it("refuses grouped indicators (LHKPN/LHKASN) that disagree on their group", () => {
    const lke = copy();
    const pw = list(lke, "components", 0, "parts", 1, "areas", 4, "indicators");
    const lhkasn = pw.find((i) => i.code === "A.II.5.iii.lhkasn");
    if (!lhkasn) throw new Error("A.II.5.iii.lhkasn missing from the data");
    lhkasn.groupName = "Laporan Lain";
    expect(problemsOf(lke)).toEqual([
      { path: "A.II.5.iii.lhkasn", reason: "indikator dalam grup A.II.5.iii harus bernama grup dan berada di area yang sama" },
    ]);
  });

  it("refuses a version without the nodes Tabel 6 names", () => {
    const lke = copy();
    at(lke, "components", 1, "parts", 0, "indicators", 1).code = "B.I.x"; // kinerja lebih baik
    expect(problemsOf(lke)).toEqual([{ path: "B.I.b", reason: "indikator B.I.b wajib ada di bawah B.I (Tabel 6)" }]);
  });

  it("reports structural problems with their JSON path", () => {
    const lke = copy();
    at(lke, "components", 0).weight = "60";
    delete at(lke, "thresholds").WBBM;
    at(lke, ...MP_PEMENUHAN, "indicators", 0, "questions", 0).type = "ANGKA";
    const problems = problemsOf(lke);
    expect(problems).toContainEqual({ path: "components.0.weight", reason: "harus bertipe number" });
    expect(problems).toContainEqual({ path: "thresholds.WBBM", reason: "wajib diisi" });
    expect(problems.find((p) => p.path === "components.0.parts.0.areas.0.indicators.0.questions.0.type")?.reason).toContain(
      "nilai tidak dikenal",
    );
    expect(problems).toHaveLength(3);
  });
});
