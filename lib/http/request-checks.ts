// Requests refused in proxy.ts before any route runs, each with a 4xx instead of the 500 that
// Next.js answers when it meets them deep inside routing or the action handler.

/**
 * True when a path segment holds a percent-escape that does not decode ("/riwayat/%",
 * "/api/evidence/%E0%A4%A"). Next decodes route params with decodeURIComponent and turns the
 * URIError into an HTTP 500; no portal URL legitimately contains one.
 */
export function hasMalformedEscape(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type HeaderSource = { get(name: string): string | null };

/**
 * True for a write (POST, PUT, …) whose Origin names another site than the one it was sent
 * to. Next's server-action handler makes the same Origin-vs-host comparison (x-forwarded-host
 * first, then Host; action-handler.ts) but answers a refusal with HTTP 500. A request without
 * Origin passes, as it does there: browsers send Origin on every cross-origin POST, so only a
 * hand-made request lacks it, and that carries no one's cookies but its maker's.
 */
export function isCrossOriginWrite(method: string, headers: HeaderSource): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host || origin === "null") return true;
  try {
    return new URL(origin).host.toLowerCase() !== host.toLowerCase();
  } catch {
    return true;
  }
}
