import { randomBytes } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { Page } from "@playwright/test";
import { findFreePort } from "@/lib/net/port";
import { serveBuiltApp } from "@/scripts/lib/serve";
import { startTestS3Server, type TestS3Server } from "../support/s3-server";
import { openPeriodFor } from "./assessment-fixture";
import { expect, TEST_PASSWORD, test } from "./fixtures";

// Two web servers from the same build on one database and one S3 bucket (s3rver), as behind a
// round-robin load balancer (issue 11): a session made on one works on the other, an answer
// saved on B is there for A, a file uploaded on A is served by B from the bucket behind B's own
// checks, and two people saving the same question on different servers meet the conflict notice.

const SECRET = randomBytes(32).toString("base64url");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const PREFIX = "portal/bukti";

let s3: TestS3Server | undefined;
const servers: ChildProcess[] = [];
let A = "";
let B = "";
let logA = "";

// Cold pages of two fresh servers on a busy 2-core machine: longer than one page's journey.
test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  // Two servers starting together on a 2-core machine take a while.
  test.setTimeout(300_000);
  s3 = await startTestS3Server();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    AUTH_SECRET: SECRET,
    DEMO_MODE: "true",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    EVIDENCE_DIR: undefined,
    EVIDENCE_STORAGE: s3.storageUrl(PREFIX),
    AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
  };
  const [portA, portB] = [await findFreePort(), await findFreePort()];
  const [serverA, serverB] = await Promise.all([
    serveBuiltApp({ port: portA, env, timeoutMs: 280_000, onOutput: (text) => (logA += text) }),
    serveBuiltApp({ port: portB, env, timeoutMs: 280_000 }),
  ]);
  servers.push(serverA, serverB);
  A = `http://127.0.0.1:${portA}`;
  B = `http://127.0.0.1:${portB}`;
});
test.afterAll(async () => {
  for (const server of servers) server.kill("SIGTERM");
  await s3?.stop();
});

/** Signs in through Auth.js on the given server; the cookie (host-scoped, not port-scoped) then goes to both. */
async function signInOn(page: Page, base: string, email: string) {
  const csrf = await page.request.get(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post(`${base}/api/auth/callback/credentials`, { form: { csrfToken, identifier: email, password: TEST_PASSWORD, callbackUrl: "/" }, maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(response.headers()["location"] ?? "").not.toContain("error");
}

async function openArea(page: Page, base: string, assessmentId: string, code: string) {
  await page.goto(`${base}/opd/penilaian/${assessmentId}/mp`);
  await expect(page.locator("[data-ready=true]")).toBeVisible({ timeout: 30_000 });
  return page.locator(`#q-${code.replaceAll(".", "\\.")}`);
}

test("dua server web: masuk di A, simpan otomatis di B, unggah di A dan unduh di B, konflik terdeteksi lintas server", async ({ page, browser, makeUser, db }) => {
  const operator = await makeUser({ role: "OPERATOR" });
  const colleague = await makeUser({ role: "OPERATOR", unitId: operator.unitId! });
  const { assessments } = await openPeriodFor(db, [operator.unitId!]);
  const assessmentId = assessments[0]!.id;

  // Both servers are healthy: same database, same bucket, schema migrated once for both.
  for (const base of [A, B]) {
    const health = await page.request.get(`${base}/api/health`);
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: "ok", storage: "ok", migrations: { pending: 0 } });
  }

  // Signed in on A; the same cookie is a session on B.
  await signInOn(page, A, operator.email);
  const onB = await openArea(page, B, assessmentId, "A.I.1.i.b");
  await onB.getByLabel(/^B\./).check();
  await expect(onB.getByTestId("save-state")).toContainText("tersimpan");
  expect(await db.answer.findFirstOrThrow({ where: { assessmentId, questionCode: "A.I.1.i.b" }, select: { unitValue: true } })).toEqual({ unitValue: "B" });
  const onA = await openArea(page, A, assessmentId, "A.I.1.i.b");
  await expect(onA.getByLabel(/^B\./)).toBeChecked();

  // Uploaded on A, into the bucket (no disk folder is configured), served by B.
  const q1 = page.locator("#q-A\\.I\\.1\\.i\\.a");
  await q1.getByLabel("Pilih berkas").setInputFiles({ name: "SK Tim ZI.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(q1.getByRole("link", { name: /SK Tim ZI\.pdf/ })).toBeVisible();
  const evidence = await db.evidence.findFirstOrThrow({ where: { assessmentId, questionCode: "A.I.1.i.a" }, select: { id: true, sha256: true } });
  const bucket = new S3Client({ endpoint: s3!.endpoint, region: "us-east-1", forcePathStyle: true, credentials: s3!.credentials });
  const object = await bucket.send(new HeadObjectCommand({ Bucket: s3!.bucket, Key: `${PREFIX}/${evidence.sha256!.slice(0, 2)}/${evidence.sha256}` }));
  expect(object.ContentLength).toBe(PDF.length);
  const download = await page.request.get(`${B}/api/evidence/${evidence.id}`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(Buffer.from(await download.body())).toEqual(PDF);

  // B still checks who asks: an operator of another unit gets 404 for the same file.
  const stranger = await makeUser({ role: "OPERATOR" });
  const strangerContext = await browser.newContext();
  const strangerPage = await strangerContext.newPage();
  await signInOn(strangerPage, A, stranger.email);
  expect((await strangerPage.request.get(`${B}/api/evidence/${evidence.id}`)).status()).toBe(404);
  await strangerContext.close();

  // The same question open on A (operator) and on B (colleague): A saves first, B's save is a conflict.
  const colleagueContext = await browser.newContext();
  const colleaguePage = await colleagueContext.newPage();
  await signInOn(colleaguePage, B, colleague.email);
  const colleagueOnB = await openArea(colleaguePage, B, assessmentId, "A.I.1.i.b");
  await onA.getByLabel(/^C\./).check();
  await expect(onA.getByTestId("save-state")).toContainText("tersimpan");
  await colleagueOnB.getByLabel(/^A\./).check();
  await expect(colleagueOnB.getByRole("alert")).toContainText(`Jawaban ini baru saja diubah oleh ${operator.name}`);
  expect(await db.answer.findFirstOrThrow({ where: { assessmentId, questionCode: "A.I.1.i.b" }, select: { unitValue: true } })).toEqual({ unitValue: "C" });
  await colleagueContext.close();
});

test("server menulis log JSON per permintaan dengan X-Request-Id yang sama dengan header jawaban", async ({ page }) => {
  const kept = await page.request.get(`${A}/login?callbackUrl=%2Fopd`, { headers: { "X-Request-Id": "lb-uji-dua-server-0001" } });
  expect(kept.headers()["x-request-id"]).toBe("lb-uji-dua-server-0001");
  const fresh = await page.request.get(`${A}/api/health`);
  const freshId = fresh.headers()["x-request-id"];
  expect(freshId).toMatch(/^[0-9a-f-]{36}$/);

  const lines = () => logA.split("\n").filter((line) => line.trim() !== "");
  await expect.poll(() => lines().some((line) => line.includes(freshId!)), { timeout: 10_000 }).toBe(true);
  // Every line from the first JSON one on is one JSON object. (Only `next start`'s own banner,
  // printed before instrumentation.ts runs, comes earlier as plain text.)
  const all = lines();
  const fromFirstJson = all.slice(all.findIndex((line) => line.startsWith("{")));
  const notJson = fromFirstJson.filter((line) => {
    try {
      JSON.parse(line);
      return false;
    } catch {
      return true;
    }
  });
  expect(notJson).toEqual([]);
  expect(all.length - fromFirstJson.length, all.slice(0, 10).join("\n")).toBeLessThan(10);
  const entries = fromFirstJson.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(entries.find((entry) => entry.requestId === "lb-uji-dua-server-0001")).toMatchObject({ level: "info", msg: "request", method: "GET", path: "/login", status: 200 });
  expect(entries.find((entry) => entry.requestId === freshId)).toMatchObject({ msg: "request", path: "/api/health", status: 200, durationMs: expect.any(Number) });
  expect(logA).not.toContain("callbackUrl");
});
