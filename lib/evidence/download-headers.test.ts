import { describe, expect, it } from "vitest";
import { buildDownloadHeaders, contentDisposition } from "./download-headers";

const headers = (mimeType: string, forceAttachment = false, fileName = "laporan.pdf") => buildDownloadHeaders({ fileName, mimeType, size: 1234, forceAttachment });

describe("buildDownloadHeaders", () => {
  it("shows a PDF inline with its detected type, nosniff, no caching and no script", () => {
    const h = headers("application/pdf");
    expect(h).toMatchObject({ "Content-Type": "application/pdf", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store", "Content-Length": "1234" });
    expect(h["Content-Disposition"]).toMatch(/^inline; /);
    expect(h["Content-Security-Policy"]).toContain("script-src 'none'");
  });

  it("sandboxes inline images and every attachment", () => {
    expect(headers("image/png", false, "foto.png")["Content-Security-Policy"]).toMatch(/^sandbox; default-src 'none'/);
    expect(headers("image/png", false, "foto.png")["Content-Disposition"]).toMatch(/^inline; /);
    const word = headers("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "sk.docx");
    expect(word["Content-Disposition"]).toMatch(/^attachment; /);
    expect(word["Content-Security-Policy"]).toMatch(/^sandbox; default-src 'none'/);
  });

  it("downloads even a PDF when asked (?download=1)", () => {
    const h = headers("application/pdf", true);
    expect(h["Content-Disposition"]).toMatch(/^attachment; /);
    expect(h["Content-Security-Policy"]).toMatch(/^sandbox/);
  });

  it("serves a type outside the policy as an octet-stream attachment", () => {
    const h = headers("text/html");
    expect(h["Content-Type"]).toBe("application/octet-stream");
    expect(h["Content-Disposition"]).toMatch(/^attachment; /);
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 6266/5987)", () => {
    expect(contentDisposition({ fileName: "Laporan Ü 100%; (final)'s.pdf", inline: false })).toBe(
      `attachment; filename="Laporan _ 100__ (final)'s.pdf"; filename*=UTF-8''Laporan%20%C3%9C%20100%25%3B%20%28final%29%27s.pdf`,
    );
  });

  it("cannot be broken out of by quotes or backslashes", () => {
    expect(contentDisposition({ fileName: 'a"b\\c.pdf', inline: true })).toBe(`inline; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`);
  });
});
