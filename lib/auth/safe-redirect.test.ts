import { describe, expect, it } from "vitest";
import { safeRedirectPath, safeRedirectUrl } from "./safe-redirect";

// Each of these leaves the site in some browser, or would after one more decoding by a
// proxy or framework on the way; all must fall back to the home page.
const HOSTILE: [string, unknown][] = [
  ["absolute URL", "https://evil.example/"],
  ["scheme-relative", "//evil.example"],
  ["scheme-relative with path", "//evil.example/admin"],
  ["backslash after slash", "/\\evil.example"],
  ["two backslashes", "\\\\evil.example"],
  ["TAB between slashes (the probe)", "/\t/evil.example"],
  ["LF between slashes", "/\n/evil.example"],
  ["CR between slashes", "/\r/evil.example"],
  ["leading space", " //evil.example"],
  ["NUL byte", "/admin\u0000//evil.example"],
  ["DEL", "/\u007f/evil.example"],
  ["C1 control", "/\u0085/evil.example"],
  ["line separator", "/\u2028/evil.example"],
  ["encoded slash after slash", "/%2Fevil.example"],
  ["encoded backslash", "/%5Cevil.example"],
  ["encoded TAB", "/%09/evil.example"],
  ["double-encoded slash", "/%252Fevil.example"],
  ["double-encoded TAB", "/%2509/evil.example"],
  ["encoded scheme-relative without leading slash", "%2F%2Fevil.example"],
  ["four times encoded", "/%25252525252F"],
  ["malformed escape", "/riwayat/%"],
  ["javascript: URL", "javascript:alert(1)"],
  ["data: URL", "data:text/html,<script>alert(1)</script>"],
  ["relative without slash", "evil.example"],
  ["dot segments that climb to //", "/./\\/evil.example"],
  ["empty", ""],
  ["too long", `/${"a".repeat(3000)}`],
  ["not a string", 42],
  ["null", null],
  ["an array (repeated query parameter)", ["/admin", "//evil.example"]],
];

describe("safeRedirectPath", () => {
  it.each(HOSTILE)("refuses %s", (_name, input) => {
    expect(safeRedirectPath(input)).toBe("/");
  });

  it("uses the caller's fallback", () => {
    expect(safeRedirectPath("//evil.example", "/login")).toBe("/login");
  });

  it.each([
    ["/admin/users", "/admin/users"],
    ["/dasbor?tahun=2026&halaman=2", "/dasbor?tahun=2026&halaman=2"],
    ["/opd/penilaian/1/area-1#P-1", "/opd/penilaian/1/area-1#P-1"],
    ["/riwayat/5c8b2a4e-1f7d-4c1e-9b7a-2f3c4d5e6f70", "/riwayat/5c8b2a4e-1f7d-4c1e-9b7a-2f3c4d5e6f70"],
    ["/cari?q=Dinas%20Kesehatan", "/cari?q=Dinas%20Kesehatan"],
    ["/a/../admin", "/admin"],
    ["/", "/"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });
});

describe("safeRedirectUrl (Auth.js redirect callback)", () => {
  const base = "http://127.0.0.1:3104";

  it("keeps a path or a URL of the portal's own origin", () => {
    expect(safeRedirectUrl("/opd", base)).toBe(`${base}/opd`);
    expect(safeRedirectUrl(`${base}/admin/users?q=a`, base)).toBe(`${base}/admin/users?q=a`);
  });

  it.each([
    "https://evil.example/",
    "/\t/evil.example",
    `${base}//evil.example`,
    `${base}/\\evil.example`,
    "http://127.0.0.1:3104.evil.example/",
    "not a url",
  ])("sends %s home", (url) => {
    expect(safeRedirectUrl(url, base)).toBe(`${base}/`);
  });
});
