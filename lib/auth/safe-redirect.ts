// The one check for every redirect target that comes from input: the login form's
// callbackUrl, the proxy's "come back here after signing in", and Auth.js's redirect
// callback. Only a path on this site passes; anything else becomes the fallback.
//
// Browsers remove TAB, CR and LF anywhere in a URL and read "\" as "/", so "/\t/evil.example"
// and "/\\evil.example" both become "//evil.example" — another site. We refuse any control
// character or backslash outright, in the value and in each percent-decoded form of it (an
// intermediary that decodes once more must not find one either), rather than try to
// predict how each browser repairs a URL.

const BASE = "http://portal.invalid";
const MAX_LENGTH = 2048;
const DECODE_ROUNDS = 3;
// C0 controls, DEL, and the C1 controls and Unicode separators some parsers also strip.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/;

function isHostile(value: string): boolean {
  return FORBIDDEN.test(value) || !value.startsWith("/") || value.startsWith("//");
}

/** The value, and each percent-decoding of it until stable; null when an escape is malformed. */
function decodedForms(value: string): string[] | null {
  const forms = [value];
  let current = value;
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return forms;
    forms.push(next);
    current = next;
  }
  // Still changing after three rounds: nobody encodes a path four times by accident.
  return null;
}

/** A same-origin path (with its query and fragment) to redirect to, or `fallback`. */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  const forms = decodedForms(value);
  if (!forms || forms.some(isHostile)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  // The WHATWG parser is what browsers use; if it resolves the path anywhere but here, refuse.
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return isHostile(path) ? fallback : path;
}

/**
 * For Auth.js's redirect callback, which hands over absolute URLs too: a URL on the portal's
 * own origin is reduced to its path and checked like any other; the result is absolute again.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  const candidate = url.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
  return `${origin}${safeRedirectPath(candidate)}`;
}
