import { describe, expect, it } from "vitest";
import { findQuestion } from "@/lib/lke/sections";
import { getLkeVersion } from "@/lib/lke/versions";
import { describeAnswer, describeAnswerInline } from "./describe-answer";

const lke = getLkeVersion("pm90-2021")!;
const question = (code: string) => findQuestion(lke, code)!;

describe("describeAnswer", () => {
  it("names the option with its text from the LKE", () => {
    const abc = question("A.I.1.i.b");
    const b = abc.options!.find((o) => o.code === "B")!;
    expect(describeAnswer(abc, "B")).toEqual([{ label: "B", text: b.text }]);
    expect(describeAnswer(question("A.I.1.i.a"), "YA")[0]?.label).toBe("Ya");
  });

  it("labels each count of a percentage and writes an index with a decimal comma", () => {
    const lines = describeAnswer(question("A.II.1.i.a"), { jumlah_agen_perubahan: 10, jumlah_perubahan_dibuat: 7 });
    expect(lines).toEqual([
      { label: "Jumlah Agen Perubahan", text: "10" },
      { label: "Jumlah Perubahan yang dibuat", text: "7" },
    ]);
    expect(describeAnswer(question("B.I.a.a"), 3.45)).toEqual([{ label: "Indeks", text: "3,45" }]);
  });

  it("says when there is no answer", () => {
    expect(describeAnswer(question("A.I.1.i.a"), null)).toEqual([]);
    expect(describeAnswerInline(question("A.I.1.i.a"), null)).toBe("(kosong)");
    expect(describeAnswerInline(question("B.I.a.a"), 2)).toBe("Indeks: 2");
  });
});
