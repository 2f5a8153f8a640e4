import { describe, expect, it } from "vitest";
import { getLkeVersion } from "@/lib/lke/versions";
import { describeEvent, type EventLike } from "./describe-event";

const lke = getLkeVersion("pm90-2021")!;
const event = (over: Partial<EventLike>): EventLike => ({ action: "answer.unit_update", entityType: "Answer", entityId: "A.I.1.i.b", before: null, after: null, ...over });

// The actions the portal records on an assessment; none may reach the reader as its code.
const INTERNAL = ["answer.unit_update", "answer.tpi_update", "answer.tpi_accept_unit", "evidence.upload", "evidence.link", "evidence.delete", "assessment.copy_forward", "assessment.submit", "assessment.start_review", "assessment.return", "assessment.finalize", "assessment.reopen", "comment.create", "comment.delete", "sesuatu.baru"];

describe("describeEvent", () => {
  it("says who answered what with the option's label and text, not its stored code alone", () => {
    const first = describeEvent(event({ before: null, after: { value: "B", note: null } }), lke);
    expect(first.action).toBe("menjawab");
    expect(first.detail).toMatch(/^\(kosong\) → B: /);
    const yaTidak = describeEvent(event({ entityId: "A.I.1.i.a", before: { value: "TIDAK", note: null }, after: { value: "YA", note: "SK terlampir" } }), lke);
    expect(yaTidak).toEqual({ action: "mengubah jawaban", detail: expect.stringMatching(/^Tidak.* → Ya.*; catatan diubah$/) });
  });

  it("writes counts of a percentage by their labels, never by their keys", () => {
    const { detail } = describeEvent(event({ entityId: "A.II.1.i.a", before: null, after: { value: { jumlah_agen_perubahan: 10, jumlah_perubahan_dibuat: 7 }, note: null } }), lke);
    expect(detail).not.toContain("jumlah_agen_perubahan");
    expect(detail).toContain("10");
  });

  it("tells the TPI's acceptance of an area in one sentence", () => {
    const accepted = describeEvent({ action: "answer.tpi_accept_unit", entityType: "Assessment", entityId: "x", before: null, after: { scope: "section", key: "pw", questions: Array.from({ length: 16 }, (_, i) => `q${i}`) } }, lke);
    expect(accepted.action).toBe("menerima jawaban unit untuk 16 pertanyaan di area Penguatan Pengawasan");
    const flagged = describeEvent(event({ action: "answer.tpi_update", before: { value: "A", note: null, flag: false }, after: { value: "A", note: "Lengkapi SK", flag: true } }), lke);
    expect(flagged).toEqual({ action: "mengubah nilai TPI", detail: "catatan diubah; ditandai perlu perbaikan" });
  });

  it("names states and returned questions, and shows no internal action name for any action", () => {
    expect(describeEvent({ action: "assessment.submit", entityType: "Assessment", entityId: "x", before: { state: "DRAFT" }, after: { state: "SUBMITTED", round: 1 } }, lke)).toEqual({ action: "mengajukan LKE", detail: "Draf → Diajukan" });
    expect(describeEvent({ action: "assessment.return", entityType: "Assessment", entityId: "x", before: null, after: { state: "RETURNED", questions: [{ code: "A.I.1.i.a", note: null }] } }, lke).action).toBe("mengembalikan LKE untuk perbaikan: 1 pertanyaan");
    for (const action of INTERNAL) {
      const text = JSON.stringify(describeEvent({ action, entityType: "Assessment", entityId: "x", before: { sourceAssessmentId: "s" }, after: { periodId: "p" } }, lke));
      for (const internal of INTERNAL) expect(text).not.toContain(internal);
      expect(text).not.toMatch(/[a-z]+_[a-z]+/); // no snake_case key either
    }
  });
});
