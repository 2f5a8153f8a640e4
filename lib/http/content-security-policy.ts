// The Content-Security-Policy of the portal's HTML pages. proxy.ts makes a fresh nonce for each
// request; Next.js reads it back from the request's copy of this header and puts it on its own
// scripts (Next 16 guide "Content Security Policy", section "Nonces"). 'strict-dynamic' lets
// those scripts load the framework's chunks and nothing else can run.
//
// Styles: the stylesheet is a file ('self'), Next's own <style> tags carry the nonce; what is
// left are style="…" attributes, which React renders on the server (recharts sizes its SVG
// and the score bars set their width that way) and which a nonce cannot cover, so only
// style-src-attr allows them. Script never needs 'unsafe-inline'.

export type CspOptions = { nonce: string; dev: boolean; https: boolean };

export function buildContentSecurityPolicy({ nonce, dev, https }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    // React's development build uses eval for its error overlay; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (a laptop, the tests) this would send every request to https:// and fail.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** 128 random bits, base64: unguessable, and valid in a CSP source expression. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

// Two years, the value HSTS preload lists require; sent only when the portal is reached over
// HTTPS (AUTH_URL https://…), since over http a browser ignores it and a proxy may strip TLS.
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
