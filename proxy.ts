import { NextResponse, type NextRequest } from "next/server";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { buildContentSecurityPolicy, createNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/http/content-security-policy";
import { hasMalformedEscape, isCrossOriginWrite } from "@/lib/http/request-checks";
import { getEnv } from "@/lib/env";

// The proxy refuses requests that no route can serve (a malformed percent-escape, a write
// from another site) with a 4xx, puts a per-request CSP nonce on every page, and redirects
// visitors without a session cookie to the login page. It is never the authorization: every
// page and action checks the session, role and unit on the server (lib/auth/session.ts,
// lib/actions/safe-action.ts).

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SIGNED_IN_AREAS = ["/admin", "/opd", "/tpi", "/pimpinan", "/dasbor", "/riwayat"];
// Not a route: rewriting here renders app/not-found.tsx with status 404.
const NOT_FOUND_PATH = "/_halaman-tidak-ditemukan";

const plain = (body: string, status: number) =>
  new NextResponse(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

function needsSession(pathname: string): boolean {
  return pathname === "/" || SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isApi = pathname === "/api" || pathname.startsWith("/api/");

  if (isCrossOriginWrite(request.method, request.headers)) {
    return plain("Permintaan ditolak: formulir ini dikirim dari situs lain, bukan dari Portal ZI.", 403);
  }
  if (isApi) {
    return hasMalformedEscape(pathname) ? plain("Alamat tidak valid: ada kode persen (%) yang rusak di alamat permintaan.", 400) : NextResponse.next();
  }

  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  const malformed = hasMalformedEscape(pathname);
  if (!malformed && !hasSession && needsSession(pathname)) {
    const login = new URL("/login", request.url);
    const back = safeRedirectPath(pathname);
    if (back !== "/") login.searchParams.set("callbackUrl", back);
    return NextResponse.redirect(login);
  }

  const env = getEnv();
  const https = env.AUTH_URL?.startsWith("https://") ?? false;
  const csp = buildContentSecurityPolicy({ nonce: createNonce(), dev: env.NODE_ENV === "development", https });
  // Next reads the nonce from the request's copy; the browser enforces the response's copy.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = malformed
    ? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Everything but the build's static files: pages get the CSP, API routes the path and origin checks.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
