import { KNOWN_EXTENSIONS } from "./type-policy";

// The stored name is only shown and offered on download; the file itself lives under its
// sha256. Still, it reaches headers and the screen, so it is cleaned hard.

const MAX_BASE_LENGTH = 120;
const FALLBACK_BASE = "bukti-dukung";

/**
 * A display name from the uploader's name: no path, no control or bidi-override characters,
 * no quotes or characters Windows forbids, at most 120 characters before the extension, and
 * ending in the extension of the detected type.
 */
export function sanitizeFileName({ name, ext }: { name: string; ext: string }): string {
  const lastSegment = name.split(/[\\/]/).pop() ?? "";
  let base = lastSegment
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/["'`<>:|?*]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const dot = base.lastIndexOf(".");
  if (dot > 0 && KNOWN_EXTENSIONS.has(base.slice(dot + 1).toLowerCase())) base = base.slice(0, dot);
  base = base.replace(/^[.\s]+|[.\s]+$/g, "");
  const chars = Array.from(base);
  if (chars.length > MAX_BASE_LENGTH) base = chars.slice(0, MAX_BASE_LENGTH).join("").trimEnd();
  return `${base || FALLBACK_BASE}.${ext}`;
}
