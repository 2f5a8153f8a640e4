import { randomUUID } from "node:crypto";

// A request id a proxy in front may already have given (nginx $request_id, a load balancer's
// trace id) is kept so that its logs and ours line up; anything else is replaced, so that a
// client cannot write arbitrary text into our logs or response headers.
const SANE = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

export const REQUEST_ID_HEADER = "x-request-id";

export function isSaneRequestId(value: unknown): value is string {
  return typeof value === "string" && SANE.test(value);
}

/** The incoming id when sane, else a new UUID. */
export function chooseRequestId(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return isSaneRequestId(value) ? value : randomUUID();
}
