import { isAcceptedMime, isInlineMime } from "./type-policy";

// Headers for serving a stored bukti dukung. The type is the one detected at upload; nosniff
// keeps the browser from guessing another. Only PDF and images open in the browser.
//
// CSP: everything but an inline PDF is served with `sandbox` and `default-src 'none'`, so
// nothing in it can run script with the portal's origin. An inline PDF cannot have them:
// Chrome, Firefox and Safari refuse to start their PDF viewer in a sandboxed document. Its
// bytes were checked to be a PDF and the viewers run PDF script away from the page's origin;
// `script-src 'none'` still refuses HTML-style script should a browser ever render it as a page.

const SANDBOX = "sandbox; default-src 'none'";
const IMAGE = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";
const PDF = "script-src 'none'; object-src 'self'; frame-ancestors 'self'";

export type DownloadHeaderOptions = { fileName: string; mimeType: string; size: number | null; forceAttachment: boolean };

export function buildDownloadHeaders({ fileName, mimeType, size, forceAttachment }: DownloadHeaderOptions): Record<string, string> {
  const type = isAcceptedMime(mimeType) ? mimeType : "application/octet-stream";
  const inline = !forceAttachment && isInlineMime(type);
  const headers: Record<string, string> = {
    "Content-Type": type,
    "Content-Disposition": contentDisposition({ fileName, inline }),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Content-Security-Policy": !inline ? SANDBOX : type === "application/pdf" ? PDF : IMAGE,
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  if (size !== null) headers["Content-Length"] = String(size);
  return headers;
}

/** RFC 6266 with an ASCII fallback and the exact name as RFC 5987 `filename*`. */
export function contentDisposition({ fileName, inline }: { fileName: string; inline: boolean }): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_") || "bukti-dukung";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? "inline" : "attachment"}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
