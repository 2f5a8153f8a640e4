import { describe, expect, it } from "vitest";
import { sanitizeFileName } from "./file-name";

const clean = (name: string, ext = "pdf") => sanitizeFileName({ name, ext });

describe("sanitizeFileName", () => {
  it("keeps an ordinary name and its matching extension", () => {
    expect(clean("SK Tim Kerja ZI 2024.pdf")).toBe("SK Tim Kerja ZI 2024.pdf");
    expect(clean("Foto Kegiatan.JPEG", "jpg")).toBe("Foto Kegiatan.jpg");
  });

  it("drops every path, Unix or Windows, and never leaves .. behind", () => {
    expect(clean("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(clean("C:\\Users\\op\\Desktop\\laporan.pdf")).toBe("laporan.pdf");
    expect(clean("..")).toBe("bukti-dukung.pdf");
    expect(clean("dir/..")).toBe("bukti-dukung.pdf");
    expect(clean("/")).toBe("bukti-dukung.pdf");
  });

  it("removes control and bidi-override characters, quotes and Windows-reserved characters", () => {
    expect(clean("lap\u0000or\u001ban\r\n.pdf")).toBe("laporan.pdf");
    expect(clean("invoice\u202Efdp.exe", "pdf")).toBe("invoicefdp.exe.pdf");
    expect(clean(`a"b'c\`d<e>f:g|h?i*.pdf`)).toBe("abcdefghi.pdf");
  });

  it("replaces a claimed extension of another accepted type with the detected one", () => {
    expect(clean("scan.pdf", "png")).toBe("scan.png");
    expect(clean("tabel.xls", "xlsx")).toBe("tabel.xlsx");
  });

  it("keeps an unknown ending as part of the name and adds the detected extension", () => {
    expect(clean("laporan.final", "pdf")).toBe("laporan.final.pdf");
    expect(clean("halaman.html", "pdf")).toBe("halaman.html.pdf");
  });

  it("trims leading dots and spaces (no hidden files) and collapses whitespace", () => {
    expect(clean("  ...  .htaccess.pdf")).toBe("htaccess.pdf");
    expect(clean("a \t  b.pdf")).toBe("a b.pdf");
  });

  it("keeps at most 120 characters before the extension, counting characters not bytes", () => {
    const long = `${"é".repeat(200)}.pdf`;
    const result = clean(long);
    expect(result).toBe(`${"é".repeat(120)}.pdf`);
    expect(Array.from(result).length).toBeLessThanOrEqual(255);
  });
});
