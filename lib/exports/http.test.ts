import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GENERIC_ERROR } from "@/lib/errors";
import { serveExport } from "./http";
import { PdfFontMissing } from "./pdf-fonts";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => ({ id: "u1", name: "Uji", role: "PIMPINAN", unitId: null, unitName: null }) }));
vi.mock("@/lib/db/prisma", () => ({ getDb: () => ({}) }));

describe("serveExport", () => {
  beforeEach(() => vi.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it("answers a domain error such as a missing PDF font with its Indonesian message, no stack", async () => {
    const response = await serveExport(async () => {
      throw new PdfFontMissing();
    });
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).toBe(new PdfFontMissing().message);
    expect(body).not.toMatch(/\n\s+at /);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("answers any other failure generically and logs it", async () => {
    const response = await serveExport(async () => {
      throw new Error("ENOENT /srv/secret/path");
    });
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(GENERIC_ERROR);
    expect(console.error).toHaveBeenCalled();
  });
});
