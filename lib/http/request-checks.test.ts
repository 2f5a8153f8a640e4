import { describe, expect, it } from "vitest";
import { hasMalformedEscape, isCrossOriginWrite } from "./request-checks";

describe("hasMalformedEscape", () => {
  it.each(["/api/evidence/%", "/api/exports/lke/%", "/riwayat/%", "/riwayat/%zz", "/opd/penilaian/%E0%A4%A/area", "/dasbor/unit/%C3"])("finds the broken escape in %s", (path) => {
    expect(hasMalformedEscape(path)).toBe(true);
  });

  it.each(["/", "/riwayat/5c8b2a4e-1f7d-4c1e-9b7a-2f3c4d5e6f70", "/api/exports/period/2026.csv", "/cari/Dinas%20Kesehatan", "/a/%25", "/a/%E2%9C%93"])("accepts %s", (path) => {
    expect(hasMalformedEscape(path)).toBe(false);
  });
});

describe("isCrossOriginWrite", () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it("refuses a write whose Origin is another site, or unreadable", () => {
    expect(isCrossOriginWrite("POST", headers({ host: "127.0.0.1:3104", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossOriginWrite("POST", headers({ host: "127.0.0.1:3104", origin: "http://127.0.0.1:3105" }))).toBe(true);
    expect(isCrossOriginWrite("DELETE", headers({ host: "zi.serangkab.go.id", origin: "null" }))).toBe(true);
    expect(isCrossOriginWrite("POST", headers({ host: "zi.serangkab.go.id", origin: "not a url" }))).toBe(true);
    // Behind a reverse proxy the public host is in X-Forwarded-Host, which Next compares first.
    expect(isCrossOriginWrite("POST", headers({ host: "127.0.0.1:3000", "x-forwarded-host": "zi.serangkab.go.id", origin: "https://evil.example" }))).toBe(true);
  });

  it("lets same-origin writes, reads, and writes without Origin through", () => {
    expect(isCrossOriginWrite("POST", headers({ host: "127.0.0.1:3104", origin: "http://127.0.0.1:3104" }))).toBe(false);
    expect(isCrossOriginWrite("POST", headers({ host: "ZI.serangkab.go.id", origin: "https://zi.serangkab.go.id" }))).toBe(false);
    expect(isCrossOriginWrite("POST", headers({ host: "127.0.0.1:3000", "x-forwarded-host": "zi.serangkab.go.id, lb.internal", origin: "https://zi.serangkab.go.id" }))).toBe(false);
    expect(isCrossOriginWrite("GET", headers({ host: "127.0.0.1:3104", origin: "https://evil.example" }))).toBe(false);
    expect(isCrossOriginWrite("POST", headers({ host: "127.0.0.1:3104" }))).toBe(false);
  });
});
