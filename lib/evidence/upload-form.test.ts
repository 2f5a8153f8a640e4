import { describe, expect, it } from "vitest";
import { readUploadForm } from "./upload-form";
import { PDF } from "./test-files";

const ASSESSMENT = "6f1c1a8e-2b7d-4c38-9a51-0d2f3e4b5c6d";

function request({ bytes, headers = {} }: { bytes: Uint8Array<ArrayBuffer>; headers?: Record<string, string> }): Request {
  const form = new FormData();
  form.set("assessmentId", ASSESSMENT);
  form.set("questionCode", "A.I.1.i.a");
  form.set("file", new File([bytes], "sk.pdf", { type: "application/pdf" }));
  const plain = new Request("http://portal.test/api/evidence", { method: "POST", body: form });
  const merged = new Headers(plain.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Request(plain, { headers: merged });
}

describe("readUploadForm", () => {
  it("reads the fields and the file within the limit", async () => {
    const form = await readUploadForm({ request: request({ bytes: PDF }), maxBytes: 1024 });
    expect(form).toMatchObject({ assessmentId: ASSESSMENT, questionCode: "A.I.1.i.a" });
    expect(Buffer.from(await form.file.arrayBuffer())).toEqual(PDF);
  });

  it("refuses a declared Content-Length over the limit before reading the body", async () => {
    const req = request({ bytes: PDF, headers: { "content-length": String(50 * 1024 * 1024) } });
    await expect(readUploadForm({ request: req, maxBytes: 1024 * 1024 })).rejects.toMatchObject({ status: 413 });
    expect(req.bodyUsed).toBe(false);
  });

  it("cuts off a body that keeps coming past the limit", async () => {
    const big = new Uint8Array(512 * 1024);
    await expect(readUploadForm({ request: request({ bytes: big }), maxBytes: 1024 })).rejects.toMatchObject({ status: 413 });
  });

  it("refuses what is not a multipart form, and a form without a file", async () => {
    const json = new Request("http://portal.test/api/evidence", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    await expect(readUploadForm({ request: json, maxBytes: 1024 })).rejects.toMatchObject({ status: 400 });
    const form = new FormData();
    form.set("assessmentId", ASSESSMENT);
    form.set("questionCode", "A.I.1.i.a");
    const noFile = new Request("http://portal.test/api/evidence", { method: "POST", body: form });
    await expect(readUploadForm({ request: noFile, maxBytes: 1024 })).rejects.toMatchObject({ status: 400, message: "Pilih berkas yang akan diunggah." });
  });
});
