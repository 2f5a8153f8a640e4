import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { LogEntry } from "./json-log";
import { chooseRequestId, REQUEST_ID_HEADER } from "./request-id";

type RequestStart = { request: IncomingMessage; response: ServerResponse };

const CHANNEL = "http.server.request.start";

/**
 * Gives every HTTP request of this process a request id and, with `log`, one access-log line
 * when its response closes. Node publishes `http.server.request.start` before the server's
 * request handler runs, so `next start` itself needs no wrapper: the id set on the incoming
 * headers here is the one Next, proxy.ts and onRequestError (instrumentation.ts) see, and the
 * response carries it back as X-Request-Id.
 */
export function installRequestIds({ log }: { log?: (entry: LogEntry) => void }): () => void {
  const onStart = (message: unknown) => {
    const { request, response } = message as RequestStart;
    const started = process.hrtime.bigint();
    const requestId = chooseRequestId(request.headers[REQUEST_ID_HEADER]);
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    if (!log) return;
    response.once("close", () => {
      const durationMs = Number((process.hrtime.bigint() - started) / 1000n) / 1000;
      const status = response.statusCode;
      log({
        level: status >= 500 ? "error" : "info",
        msg: "request",
        requestId,
        method: request.method,
        path: pathOnly(request.url),
        status,
        durationMs,
        // A response the client stopped waiting for never finished.
        ...(response.writableFinished ? {} : { aborted: true }),
      });
    });
  };
  subscribe(CHANNEL, onStart);
  return () => unsubscribe(CHANNEL, onStart);
}

/** The path without its query: queries can carry tokens and personal data. */
export function pathOnly(url: string | undefined): string {
  const path = (url ?? "").split(/[?#]/, 1)[0] ?? "";
  return path.length > 2048 ? `${path.slice(0, 2048)}…` : path;
}
