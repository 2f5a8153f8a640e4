import { describe, expect, it } from "vitest";
import { guidanceToShow } from "./guidance";
import { getLkeVersion } from "./versions";
import { listQuestionEntries } from "./walk";

describe("guidanceToShow", () => {
  it("leaves out guidance that only repeats an option's text", () => {
    const options = [{ code: "YA", text: "Ya, jika Tim telah dibentuk di dalam unit kerja" }, { code: "TIDAK", text: "Tidak" }];
    expect(guidanceToShow({ guidance: "Ya, jika Tim telah dibentuk di dalam unit kerja.", options })).toBeNull();
    expect(guidanceToShow({ guidance: "ya, jika tim telah dibentuk di dalam unit kerja", options })).toBeNull();
  });
  it("keeps guidance that says more, and questions without options", () => {
    const options = [{ code: "A", text: "Jika semua target prioritas relevan" }];
    expect(guidanceToShow({ guidance: "Target dilihat dari dokumen rencana kerja tim.", options })).toBe("Target dilihat dari dokumen rencana kerja tim.");
    expect(guidanceToShow({ guidance: "Isi jumlah pegawai.", options: undefined })).toBe("Isi jumlah pegawai.");
    expect(guidanceToShow({ guidance: null, options })).toBeNull();
  });
  it("hides guidance on the shipped LKE only where it repeats an option", () => {
    const questions = listQuestionEntries(getLkeVersion("pm90-2021")!).map((e) => e.question);
    const hidden = questions.filter((q) => q.guidance && guidanceToShow(q) === null);
    expect(hidden.length).toBeGreaterThan(0);
    for (const q of hidden) expect((q.options ?? []).some((o) => o.text.toLowerCase().includes(q.guidance!.trim().toLowerCase().replace(/\.$/, "").slice(0, 20)))).toBe(true);
  });
});
