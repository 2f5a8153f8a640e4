import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/evidence/[id]/route";
import { POST } from "@/app/api/evidence/route";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { measurePeakGrowth } from "@/tests/support/memory";
import { getEvidenceStorage } from "./storage";
import { createEvidenceFixture, createTempStorage, QUESTION } from "./test-fixture";
import { HTML, PDF } from "./test-files";

// The route handlers as Next calls them, with the session, database and storage of the test.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/db/prisma", () => ({ getDb: () => getTestDb() }));
vi.mock("./storage", () => ({ getEvidenceStorage: vi.fn() }));

let fixture: Awaited<ReturnType<typeof createEvidenceFixture>>;
let temp: Awaited<ReturnType<typeof createTempStorage>>;
const signIn = (user: SessionUser | null) => vi.mocked(getSessionUser).mockResolvedValue(user);

function uploadRequest({ bytes, fileName, headers = {} }: { bytes: Uint8Array<ArrayBuffer>; fileName: string; headers?: Record<string, string> }): Request {
  const form = new FormData();
  form.set("assessmentId", fixture.assessment.id);
  form.set("questionCode", QUESTION);
  form.set("file", new File([bytes], fileName, { type: "application/pdf" }));
  const request = new Request("http://portal.test/api/evidence", { method: "POST", body: form });
  const merged = new Headers({ ...Object.fromEntries(request.headers), host: "portal.test", origin: "http://portal.test", ...headers });
  return new Request(request, { headers: merged });
}

/** A multipart body made as it is sent: a PDF header, then `megabytes` of the same 1 MiB chunk. */
function streamedUploadRequest({ megabytes }: { megabytes: number }): { request: Request; size: number } {
  const boundary = "----bukti" + Date.now();
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  const encoder = new TextEncoder();
  const parts = [
    encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="assessmentId"\r\n\r\n${fixture.assessment.id}\r\n`),
    encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="questionCode"\r\n\r\n${QUESTION}\r\n`),
    encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="besar.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    PDF,
  ];
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const head = parts.shift();
      if (head) controller.enqueue(head);
      else if (sent < megabytes) {
        controller.enqueue(chunk);
        sent += 1;
      } else {
        controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`));
        controller.close();
      }
    },
  });
  const request = new Request("http://portal.test/api/evidence", {
    method: "POST",
    body,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, host: "portal.test", origin: "http://portal.test" },
    duplex: "half",
  } as RequestInit);
  return { request, size: PDF.length + megabytes * chunk.length };
}

const get = (id: string, query = "") => GET(new Request(`http://portal.test/api/evidence/${id}${query}`), { params: Promise.resolve({ id }) });

beforeEach(async () => {
  await resetDatabase();
  fixture = await createEvidenceFixture({ db: getTestDb() });
  temp = await createTempStorage();
  vi.mocked(getEvidenceStorage).mockReturnValue(temp.storage);
  signIn(fixture.operator);
});
afterEach(() => temp.remove());

describe("POST /api/evidence", () => {
  it("answers 201 with the saved evidence, then GET serves it to the unit and 404 to another unit", async () => {
    const response = await POST(uploadRequest({ bytes: PDF, fileName: "sk.pdf" }));
    expect(response.status).toBe(201);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ ok: true, evidence: { fileName: "sk.pdf", mimeType: "application/pdf", size: PDF.length } });
    const id = (await getTestDb().evidence.findFirstOrThrow()).id;

    const served = await get(id);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PDF);
    expect((await get(id, "?download=1")).headers.get("content-disposition")).toMatch(/^attachment; /);

    signIn(fixture.otherOperator);
    const refused = await get(id);
    expect(refused.status).toBe(404);
    signIn(null);
    expect((await get(id)).status).toBe(401);
  });

  it("streams an 18 MiB upload from the request to the store without holding it in memory", async () => {
    const { request, size } = streamedUploadRequest({ megabytes: 18 });
    let response: Response | undefined;
    const growth = await measurePeakGrowth(async () => {
      response = await POST(request);
    });
    expect(response?.status).toBe(201);
    const row = await getTestDb().evidence.findFirstOrThrow();
    expect(row).toMatchObject({ fileName: "besar.pdf", size });
    expect(await temp.storage.size({ sha256: row.sha256! })).toBe(size);
    console.info(`[upload route] peak memory growth ${(growth / 1024 / 1024).toFixed(1)} MiB for an ${(size / 1024 / 1024).toFixed(0)} MiB upload`);
    expect(growth).toBeLessThan(size / 2);
  }, 60_000);

  it("answers refusals as JSON in Bahasa with their status, and stores nothing", async () => {
    const disguised = await POST(uploadRequest({ bytes: HTML, fileName: "laporan.pdf" }));
    expect(disguised.status).toBe(415);
    expect(await disguised.json()).toEqual({ ok: false, error: expect.stringContaining("tidak dikenali") });
    const declaredTooLarge = await POST(uploadRequest({ bytes: PDF, fileName: "sk.pdf", headers: { "content-length": String(500 * 1024 * 1024) } }));
    expect(declaredTooLarge.status).toBe(413);
    const crossSite = await POST(uploadRequest({ bytes: PDF, fileName: "sk.pdf", headers: { origin: "https://evil.example" } }));
    expect(crossSite.status).toBe(403);
    signIn(fixture.otherOperator);
    expect((await POST(uploadRequest({ bytes: PDF, fileName: "sk.pdf" }))).status).toBe(404);
    signIn(null);
    expect((await POST(uploadRequest({ bytes: PDF, fileName: "sk.pdf" }))).status).toBe(401);
    expect(await getTestDb().evidence.count()).toBe(0);
    expect((await temp.contents()).objects).toEqual([]);
  });
});
