import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
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

let tmpDir: string;
beforeEach(async () => {
  tmpDir = await mkdtemp(path.join(tmpdir(), "upload-form-"));
});
afterEach(() => rm(tmpDir, { recursive: true, force: true }));

const spoolLeft = async () => (await readdir(tmpDir, { recursive: true })).length;

describe("readUploadForm", () => {
  it("reads the fields and spools the file within the limit; discard removes it", async () => {
    const form = await readUploadForm({ request: request({ bytes: PDF }), maxBytes: 1024, tmpDir });
    expect(form).toMatchObject({ assessmentId: ASSESSMENT, questionCode: "A.I.1.i.a", file: { name: "sk.pdf", size: PDF.length } });
    expect(Buffer.concat(await form.file.stream().toArray())).toEqual(Buffer.from(PDF));
    expect(await spoolLeft()).toBeGreaterThan(0);
    await form.discard();
    expect(await spoolLeft()).toBe(0);
  });

  it("keeps a UTF-8 file name and reads fields sent after the file", async () => {
    const form = new FormData();
    form.set("file", new File([PDF], "Laporan Kinerja – 2025.pdf", { type: "application/pdf" }));
    form.set("assessmentId", ASSESSMENT);
    form.set("questionCode", "A.I.1.i.a");
    const req = new Request("http://portal.test/api/evidence", { method: "POST", body: form });
    const read = await readUploadForm({ request: req, maxBytes: 1024, tmpDir });
    expect(read).toMatchObject({ assessmentId: ASSESSMENT, file: { name: "Laporan Kinerja – 2025.pdf", size: PDF.length } });
    await read.discard();
  });

  it("refuses a file just over the limit with the size message and leaves no temp file", async () => {
    const over = new Uint8Array(1025);
    await expect(readUploadForm({ request: request({ bytes: over }), maxBytes: 1024, tmpDir })).rejects.toMatchObject({ status: 413, message: "Berkas melebihi batas ukuran 1 KB." });
    expect(await spoolLeft()).toBe(0);
  });

  it("answers 400 in Bahasa Indonesia for a broken multipart body", async () => {
    const req = new Request("http://portal.test/api/evidence", { method: "POST", body: "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\nabc", headers: { "content-type": "multipart/form-data; boundary=x" } });
    await expect(readUploadForm({ request: req, maxBytes: 1024, tmpDir })).rejects.toMatchObject({ status: 400, message: "Formulir unggahan tidak dapat dibaca; coba unggah lagi." });
    expect(await spoolLeft()).toBe(0);
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
