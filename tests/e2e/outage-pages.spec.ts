import { randomBytes, randomUUID } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { encode } from "next-auth/jwt";
import { findFreePort } from "@/lib/net/port";
import { serveBuiltApp } from "@/scripts/lib/serve";
import { expect, test } from "./fixtures";

// A database outage as a signed-in user meets it: a second server from the same build, whose
// database does not answer, and a valid session cookie. The page is the portal's own, in Bahasa
// Indonesia, with a reference id and a retry button — not Next's English error page, no stack.

const SECRET = randomBytes(32).toString("base64url");
let server: ChildProcess | undefined;
let baseURL = "";
let log = "";

test.beforeAll(async () => {
  // Starting a second server from the build takes longer than one page on a loaded machine.
  test.setTimeout(120_000);
  const port = await findFreePort();
  const deadDatabase = `postgresql://portal:portal@127.0.0.1:${await findFreePort()}/portal_zi`;
  server = await serveBuiltApp({ port, env: { ...process.env, DATABASE_URL: deadDatabase, AUTH_SECRET: SECRET, DEMO_MODE: "false", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }, timeoutMs: 110_000, readyWhen: "answers", onOutput: (text) => (log += text) });
  baseURL = `http://127.0.0.1:${port}`;
});
test.afterAll(() => void server?.kill("SIGTERM"));

test("saat basis data mati, halaman portal menampilkan halaman galat berbahasa Indonesia dengan kode rujukan", async ({ page }) => {
  const cookieName = "authjs.session-token";
  const token = await encode({ token: { uid: randomUUID(), role: "OPERATOR", sub: randomUUID() }, secret: SECRET, salt: cookieName });
  await page.context().addCookies([{ name: cookieName, value: token, url: baseURL }]);

  const response = await page.goto(`${baseURL}/opd`);
  expect(response?.status()).toBeGreaterThanOrEqual(500);
  await expect(page.getByRole("heading", { name: "Halaman ini tidak dapat ditampilkan" })).toBeVisible();
  await expect(page.getByText(/Server atau basis data portal sedang tidak tersedia/)).toBeVisible();
  await expect(page.getByTestId("error-reference")).toHaveText(/^\S+$/);
  await expect(page.getByRole("button", { name: "Coba lagi" })).toBeVisible();
  const html = await page.content();
  expect(html).not.toMatch(/Application error|server-side exception|ECONNREFUSED|at async/);

  // The reference on the page leads to the server's JSON log: the error line carries it as its
  // digest, with the request id that the request's own access line and response header carry.
  // The page that failed is the one the redirect ended on (the session check sends /opd to
  // /login when the database is down). Next's digest is a hash of the error, so the same failure
  // elsewhere (the readiness probes' /login) shares it; the request id tells the lines apart.
  const failedPath = new URL(response!.url()).pathname;
  const reference = (await page.getByTestId("error-reference").textContent())!;
  const entries = () => log.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
  const isFailure = (entry: Record<string, unknown>) => entry.msg === "request failed" && entry.digest === reference && entry.requestId === response!.headers()["x-request-id"];
  await expect.poll(() => entries().some(isFailure), { timeout: 10_000 }).toBe(true);
  const failure = entries().find(isFailure)!;
  expect(failure).toMatchObject({ level: "error", msg: "request failed", method: "GET", path: failedPath, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  expect(entries().find((entry) => entry.msg === "request" && entry.requestId === failure.requestId)).toMatchObject({ path: failedPath, status: response!.status() });
});
