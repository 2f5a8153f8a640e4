import { createServer, type Server } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { installRequestIds, pathOnly } from "./access-log";
import type { LogEntry } from "./json-log";

// A real HTTP server on loopback: the diagnostics channel is Node's, not a stand-in.
let server: Server;
let base: string;
let lines: LogEntry[];
let seenByHandler: (string | string[] | undefined)[];
let uninstall: () => void;

beforeEach(async () => {
  lines = [];
  seenByHandler = [];
  uninstall = installRequestIds({ log: (entry) => lines.push(entry) });
  server = createServer((request, response) => {
    seenByHandler.push(request.headers["x-request-id"]);
    response.statusCode = request.url?.startsWith("/rusak") ? 500 : 200;
    response.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterEach(async () => {
  uninstall();
  await new Promise((resolve) => server.close(resolve));
});

const waitForLines = async (count: number) => {
  for (let i = 0; i < 100 && lines.length < count; i++) await new Promise((r) => setTimeout(r, 10));
};

describe("installRequestIds", () => {
  it("gives a request an id, passes it to the handler, echoes it and logs one line without the query", async () => {
    const response = await fetch(`${base}/opd/penilaian?token=rahasia&x=1`);
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seenByHandler).toEqual([id]);
    await waitForLines(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", msg: "request", requestId: id, method: "GET", path: "/opd/penilaian", status: 200 });
    expect(lines[0]!.durationMs).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toContain("rahasia");
  });

  it("keeps a sane incoming X-Request-Id and replaces one that is not", async () => {
    const kept = await fetch(`${base}/`, { headers: { "X-Request-Id": "lb-7f3a9c21d4e5" } });
    expect(kept.headers.get("x-request-id")).toBe("lb-7f3a9c21d4e5");
    const replaced = await fetch(`${base}/`, { headers: { "X-Request-Id": "x\"}{injected" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(seenByHandler).toEqual(["lb-7f3a9c21d4e5", replaced.headers.get("x-request-id")]);
  });

  it("logs a 5xx answer at level error", async () => {
    await fetch(`${base}/rusak`);
    await waitForLines(1);
    expect(lines[0]).toMatchObject({ level: "error", status: 500, path: "/rusak" });
  });

  it("stops when uninstalled: no id, no line", async () => {
    uninstall();
    const response = await fetch(`${base}/`);
    expect(response.headers.get("x-request-id")).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(lines).toEqual([]);
  });
});

describe("pathOnly", () => {
  it("drops the query and fragment and bounds the length", () => {
    expect(pathOnly("/login?callbackUrl=%2Fopd")).toBe("/login");
    expect(pathOnly("/a#b")).toBe("/a");
    expect(pathOnly(undefined)).toBe("");
    expect(pathOnly(`/${"a".repeat(5000)}`)).toHaveLength(2049);
  });
});
