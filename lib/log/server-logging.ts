import { getEnv } from "@/lib/env";
import { installRequestIds, pathOnly } from "./access-log";
import { consoleAsJson, createJsonLogger, errorFields, type LogEntry } from "./json-log";
import { REQUEST_ID_HEADER } from "./request-id";

// On globalThis: dev-mode reloads import this module again, and the channel must be subscribed once.
const registry = globalThis as unknown as { portalZiLogging?: { log?: (entry: LogEntry) => void } };

/**
 * Called once per server process (instrumentation.ts). Every request gets an X-Request-Id; in
 * production (`next start`) the process writes JSON lines only: one per request, console output
 * (Next's own included) as JSON, and each server error with the request's id.
 */
export function startServerLogging(): void {
  const env = getEnv();
  if (registry.portalZiLogging || env.NEXT_PHASE === "phase-production-build") return;
  const log = env.NODE_ENV === "production" ? createJsonLogger({ write: (line) => process.stdout.write(line), minLevel: env.LOG_LEVEL }) : undefined;
  if (log) consoleAsJson(log);
  installRequestIds({ log });
  registry.portalZiLogging = { log };
}

type ErrorRequest = Readonly<{ path: string; method: string; headers: NodeJS.Dict<string | string[]> }>;
type ErrorContext = Readonly<{ routePath: string; routeType: string }>;

/** onRequestError: the error with the request id of its access-log line and the digest the error page shows. */
export function logRequestError(error: unknown, request: ErrorRequest, context: ErrorContext): void {
  const log = registry.portalZiLogging?.log;
  if (!log) return; // development: Next prints the error itself
  const id = request.headers[REQUEST_ID_HEADER];
  log({
    level: "error",
    msg: "request failed",
    requestId: Array.isArray(id) ? id[0] : id,
    method: request.method,
    path: pathOnly(request.path),
    route: context.routePath,
    routeType: context.routeType,
    ...errorFields(error),
  });
}
