import "server-only";
import type { Readable } from "node:stream";
import { GENERIC_ERROR } from "@/lib/errors";
import { EvidenceRefusal } from "./errors";

/** The JSON answer of a failed upload: the refusal's own message and status, else a generic 500. */
export function evidenceErrorResponse({ error }: { error: unknown }): Response {
  if (error instanceof EvidenceRefusal) return Response.json({ ok: false, error: error.message }, { status: error.status });
  console.error("[evidence] unexpected failure", error);
  return Response.json({ ok: false, error: GENERIC_ERROR }, { status: 500 });
}

/**
 * Whether a browser POST comes from the portal's own pages. Server actions check this by
 * themselves; a route handler must (a cross-site form could otherwise post with the cookie
 * wherever SameSite does not hold it back). Compared like Next does for actions.
 */
export function isSameOrigin({ request }: { request: Request }): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true; // not a browser's cross-site request: browsers send Origin on every POST
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** A Node stream as a web stream for a Response body; cancelling the response closes the file. */
export function toWebStream({ stream }: { stream: Readable }): ReadableStream<Uint8Array> {
  const iterator: AsyncIterator<Uint8Array> = stream[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await iterator.return?.();
      stream.destroy();
    },
  });
}
