import { describe, expect, it } from "vitest";
import { decideEvidenceType, extensionOf, isInlineMime } from "./type-policy";

const decide = (detected: { ext: string; mime: string } | undefined, fileName = "berkas.pdf") => decideEvidenceType({ detected, fileName });

describe("decideEvidenceType", () => {
  it.each([
    ["pdf", "application/pdf"],
    ["jpg", "image/jpeg"],
    ["png", "image/png"],
    ["webp", "image/webp"],
    ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
    ["odt", "application/vnd.oasis.opendocument.text"],
    ["ods", "application/vnd.oasis.opendocument.spreadsheet"],
  ])("accepts %s by its detected type, whatever the name says", (ext, mime) => {
    expect(decide({ ext, mime }, "apa-saja.bin")).toEqual({ ok: true, type: expect.objectContaining({ ext, mime }) });
  });

  it.each([
    ["zip", "application/zip"],
    ["exe", "application/x-msdownload"],
    ["elf", "application/x-elf"],
    ["docm", "application/vnd.ms-word.document.macroenabled.12"],
    ["xlsm", "application/vnd.ms-excel.sheet.macroenabled.12"],
    ["gif", "image/gif"],
    ["svg", "image/svg+xml"],
  ])("refuses %s, naming what was found", (ext, mime) => {
    const decision = decide({ ext, mime }, "laporan.pdf");
    expect(decision).toMatchObject({ ok: false });
    expect(decision.ok ? "" : decision.message).toContain(ext.toUpperCase());
  });

  it("refuses bytes it cannot recognise (HTML, plain text)", () => {
    expect(decide(undefined, "laporan.pdf")).toMatchObject({ ok: false, message: expect.stringContaining("tidak dikenali") });
  });

  it("takes a legacy Office container (CFB) only as .doc, .xls or .ppt, typed by that name", () => {
    const cfb = { ext: "cfb", mime: "application/x-cfb" };
    expect(decide(cfb, "notulen.DOC")).toMatchObject({ ok: true, type: { ext: "doc", mime: "application/msword" } });
    expect(decide(cfb, "anggaran.xls")).toMatchObject({ ok: true, type: { ext: "xls", mime: "application/vnd.ms-excel" } });
    expect(decide(cfb, "paparan.ppt")).toMatchObject({ ok: true, type: { ext: "ppt", mime: "application/vnd.ms-powerpoint" } });
    expect(decide(cfb, "setup.msi")).toMatchObject({ ok: false });
    expect(decide(cfb, "laporan.pdf")).toMatchObject({ ok: false });
  });
});

describe("type helpers", () => {
  it("shows only PDF and images inline", () => {
    expect(["application/pdf", "image/jpeg", "image/png", "image/webp"].every(isInlineMime)).toBe(true);
    expect(isInlineMime("application/msword")).toBe(false);
    expect(isInlineMime("text/html")).toBe(false);
  });

  it("reads the extension of the last path segment only", () => {
    expect(extensionOf("a/b.c/laporan.PDF")).toBe("pdf");
    expect(extensionOf("folder.pdf/README")).toBe("");
    expect(extensionOf(".pdf")).toBe("");
  });
});
