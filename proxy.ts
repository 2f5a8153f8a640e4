import { NextResponse, type NextRequest } from "next/server";

// The proxy only redirects visitors without a session cookie to the login page.
// It is never the authorization: every page and action checks the session, role and
// unit on the server (lib/auth/session.ts, lib/actions/safe-action.ts).

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession) {
    const login = new URL("/login", request.url);
    if (request.nextUrl.pathname !== "/") login.searchParams.set("callbackUrl", request.nextUrl.pathname);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/", "/admin/:path*", "/opd/:path*", "/tpi/:path*", "/pimpinan/:path*", "/dasbor/:path*", "/riwayat/:path*"],
};
