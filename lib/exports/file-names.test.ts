import { describe, expect, it } from "vitest";
import { exportFileName, exportHeaders, slugifyUnitName } from "./file-names";

describe("export file names", () => {
  it("slugs the unit name to ASCII and hyphens", () => {
    expect(slugifyUnitName("Dinas Kesehatan")).toBe("Dinas-Kesehatan");
    expect(slugifyUnitName('RSUD dr. Dražat "Prawiranegara"; (Serang)')).toBe("RSUD-dr-Drazat-Prawiranegara-Serang");
    expect(slugifyUnitName("///")).toBe("Unit");
  });

  it("names files after unit and year", () => {
    expect(exportFileName("LKE", "Dinas Kesehatan", 2026, "xlsx")).toBe("LKE-Dinas-Kesehatan-2026.xlsx");
    expect(exportFileName("Dasbor-ZI", null, 2026, "csv")).toBe("Dasbor-ZI-2026.csv");
  });

  it("always downloads, never caches, never sniffs", () => {
    const headers = exportHeaders({ fileName: "LHE-Dinas-Kesehatan-2026.pdf", kind: "pdf", body: Buffer.from("%PDF-") });
    expect(headers).toMatchObject({
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="LHE-Dinas-Kesehatan-2026.pdf"; filename*=UTF-8''LHE-Dinas-Kesehatan-2026.pdf`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Length": "5",
    });
  });
});
