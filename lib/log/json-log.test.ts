import { afterEach, describe, expect, it } from "vitest";
import { consoleAsJson, createJsonLogger, errorFields } from "./json-log";
import { chooseRequestId, isSaneRequestId } from "./request-id";

const fixed = () => new Date("2026-12-02T08:00:00.000Z");

describe("createJsonLogger", () => {
  it("writes one JSON object per line with time, level and message, and drops levels below the minimum", () => {
    const out: string[] = [];
    const log = createJsonLogger({ write: (line) => out.push(line), minLevel: "info", now: fixed });
    log({ level: "debug", msg: "tidak tampil" });
    log({ level: "info", msg: "request", requestId: "abc12345", status: 200, big: 10n });
    expect(out).toHaveLength(1);
    expect(out[0]!.endsWith("\n")).toBe(true);
    expect(out[0]!.trimEnd()).not.toContain("\n");
    expect(JSON.parse(out[0]!)).toEqual({ time: "2026-12-02T08:00:00.000Z", level: "info", msg: "request", requestId: "abc12345", status: 200, big: "10" });
  });
});

describe("consoleAsJson", () => {
  const original = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  afterEach(() => Object.assign(console, original));

  it("turns console calls, an error's stack included, into single JSON lines", () => {
    const out: string[] = [];
    consoleAsJson(createJsonLogger({ write: (line) => out.push(line), now: fixed }));
    console.warn("[audit] %d peristiwa", 3);
    console.error("\u001b[31m\u001b[1m⨯\u001b[22m\u001b[39m [evidence] gagal", new Error("disk penuh\nbaris dua"));
    const [warn, error] = out.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.every((line) => line.indexOf("\n") === line.length - 1)).toBe(true);
    expect(warn).toMatchObject({ level: "warn", msg: "[audit] 3 peristiwa" });
    expect(error).toMatchObject({ level: "error", msg: "⨯ [evidence] gagal", error: "Error: disk penuh\nbaris dua" });
    expect(String(error!.stack)).toContain("json-log.test.ts");
  });
});

describe("errorFields", () => {
  it("keeps the digest Next gives an error, which the error page shows as its reference", () => {
    const error = Object.assign(new Error("basis data mati"), { digest: "2817465093" });
    expect(errorFields(error)).toMatchObject({ error: "Error: basis data mati", digest: "2817465093" });
  });
});

describe("request ids", () => {
  it("accepts tokens of 8–128 safe characters and nothing else", () => {
    expect(isSaneRequestId("0d2f3e4b-5c6d-4c38-9a51-6f1c1a8e2b7d")).toBe(true);
    expect(isSaneRequestId("short")).toBe(false);
    expect(isSaneRequestId("a".repeat(129))).toBe(false);
    expect(isSaneRequestId("abc 12345")).toBe(false);
    expect(isSaneRequestId("abc12345\r\nX: y")).toBe(false);
    expect(chooseRequestId(["lb-00000001", "lb-00000002"])).toBe("lb-00000001");
    expect(chooseRequestId(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
