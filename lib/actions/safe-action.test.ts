import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// The wrapper's answers during a database outage: typed, Indonesian, marked retryable, never a throw
// (a throw reaches the browser as an HTTP 500 that the autosave could only read as a network fault).

const session = vi.hoisted(() => ({ lookup: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: session.lookup }));
vi.mock("@/lib/db/prisma", () => ({ getDb: () => ({}) }));

const { createAction } = await import("./safe-action");
const { DomainError, GENERIC_ERROR, SERVICE_UNAVAILABLE } = await import("@/lib/errors");

const operator = { id: "u1", name: "Operator", role: "OPERATOR" as const, unitId: "x", unitName: "Dinkes" };
const action = (handler: () => Promise<string>) => createAction({ roles: ["OPERATOR"], schema: z.object({}), handler });

beforeEach(() => {
  session.lookup.mockReset();
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

describe("createAction in an outage", () => {
  it("answers 'server or database unavailable', retryable, when the session cannot be read", async () => {
    session.lookup.mockRejectedValue(new Error("connect ECONNREFUSED 127.0.0.1:54320"));
    expect(await action(async () => "ok")({})).toEqual({ ok: false, error: SERVICE_UNAVAILABLE, retryable: true });
  });

  it("marks an unexpected failure in the handler retryable, and a domain error not", async () => {
    session.lookup.mockResolvedValue(operator);
    expect(await action(async () => Promise.reject(new Error("Transaction API error")))({})).toEqual({ ok: false, error: GENERIC_ERROR, retryable: true });
    expect(await action(async () => Promise.reject(new DomainError("Batas waktu pengisian sudah lewat.")))({})).toEqual({ ok: false, error: "Batas waktu pengisian sudah lewat.", fieldErrors: undefined });
  });
});
