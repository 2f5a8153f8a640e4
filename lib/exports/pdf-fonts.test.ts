import { existsSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { findPdfFontFiles, PdfFontMissing } from "./pdf-fonts";

describe("findPdfFontFiles", () => {
  afterEach(() => vi.restoreAllMocks());

  it("finds both DejaVu Sans faces of the installed package", () => {
    const files = findPdfFontFiles();
    expect(files.regular).toMatch(/dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans\.ttf$/);
    expect(files.bold).toMatch(/dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans-Bold\.ttf$/);
    expect(existsSync(files.regular) && existsSync(files.bold)).toBe(true);
  });

  it("takes the first candidate that exists", () => {
    const real = findPdfFontFiles();
    const files = findPdfFontFiles({ candidates: (face) => ["/nonexistent/font.ttf", real[face]] });
    expect(files).toEqual(real);
  });

  it("refuses in Bahasa Indonesia, and logs the paths tried, when a face is missing", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const find = () => findPdfFontFiles({ candidates: (face) => [`/nonexistent/${face}.ttf`] });
    expect(find).toThrow(PdfFontMissing);
    expect(find).toThrow("berkas huruf (DejaVu Sans) tidak ditemukan di server");
    expect(log).toHaveBeenCalledWith(expect.stringContaining("/nonexistent/regular.ttf"));
  });
});
