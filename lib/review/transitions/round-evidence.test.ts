import { describe, expect, it } from "vitest";
import { netEvidenceChanges } from "./round-evidence";

describe("netEvidenceChanges", () => {
  it("lists bukti dukung added and removed per question, files by name and links by address", () => {
    expect(
      netEvidenceChanges([
        { action: "evidence.upload", entityId: "e1", before: null, after: { questionCode: "A.I.1.i.b", fileName: "sk-tim-baru.pdf" } },
        { action: "evidence.link", entityId: "e2", before: null, after: { questionCode: "A.I.1.i.b", url: "https://serangkab.go.id/sk" } },
        { action: "evidence.delete", entityId: "old", before: { questionCode: "A.I.1.i.b", fileName: "sk-tim-lama.pdf" }, after: null },
        { action: "evidence.upload", entityId: "e3", before: null, after: { questionCode: "A.I.1.i.a", fileName: "notulen.pdf" } },
      ]),
    ).toEqual({
      "A.I.1.i.b": { added: ["sk-tim-baru.pdf", "https://serangkab.go.id/sk"], removed: ["sk-tim-lama.pdf"] },
      "A.I.1.i.a": { added: ["notulen.pdf"], removed: [] },
    });
  });
  it("cancels an item added and removed again within the round", () => {
    expect(
      netEvidenceChanges([
        { action: "evidence.upload", entityId: "e1", before: null, after: { questionCode: "A.I.1.i.b", fileName: "salah.pdf" } },
        { action: "evidence.delete", entityId: "e1", before: { questionCode: "A.I.1.i.b", fileName: "salah.pdf" }, after: null },
      ]),
    ).toEqual({});
  });
});
