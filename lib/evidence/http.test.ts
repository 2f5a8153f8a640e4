import { Readable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { EvidenceRefusal } from "./errors";
import { evidenceErrorResponse, isSameOrigin, toWebStream } from "./http";

const post = (headers: Record<string, string>) => new Request("http://portal.test/api/evidence", { method: "POST", headers });

describe("isSameOrigin", () => {
  it("accepts the portal's own origin, also behind a proxy, and requests without Origin", () => {
    expect(isSameOrigin({ request: post({ origin: "http://portal.test", host: "portal.test" }) })).toBe(true);
    expect(isSameOrigin({ request: post({ origin: "https://zi.serangkab.go.id", host: "127.0.0.1:3000", "x-forwarded-host": "zi.serangkab.go.id" }) })).toBe(true);
    expect(isSameOrigin({ request: post({ host: "portal.test" }) })).toBe(true);
  });

  it("refuses another site and a malformed Origin", () => {
    expect(isSameOrigin({ request: post({ origin: "https://evil.example", host: "portal.test" }) })).toBe(false);
    expect(isSameOrigin({ request: post({ origin: "null", host: "portal.test" }) })).toBe(false);
  });
});

describe("evidenceErrorResponse", () => {
  it("answers a refusal with its status and Bahasa message, anything else with a generic 500", async () => {
    const refused = evidenceErrorResponse({ error: new EvidenceRefusal({ status: 415, message: "Jenis berkas tidak diterima." }) });
    expect(refused.status).toBe(415);
    expect(await refused.json()).toEqual({ ok: false, error: "Jenis berkas tidak diterima." });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const failed = evidenceErrorResponse({ error: new Error("ECONNREFUSED 127.0.0.1:5432 at Socket.connect (/srv/node_modules/pg/lib/client.js:1:1)") });
    expect(failed.status).toBe(500);
    expect(JSON.stringify(await failed.json())).not.toMatch(/ECONNREFUSED|node_modules/);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});

describe("toWebStream", () => {
  it("passes the bytes through and closes the file when the reader cancels", async () => {
    expect(Buffer.from(await new Response(toWebStream({ stream: Readable.from([Buffer.from("ab"), Buffer.from("c")]) })).arrayBuffer()).toString()).toBe("abc");
    function* endless() {
      for (;;) yield Buffer.alloc(16);
    }
    const source = Readable.from(endless());
    await toWebStream({ stream: source }).cancel();
    expect(source.destroyed).toBe(true);
  });
});
