// Which kinds of bukti dukung are accepted, decided from the type detected in the bytes
// (file-type), never from the name or the browser's claim. Pure: the client uses the lists too.

export type EvidenceType = { ext: string; mime: string; label: string; inline: boolean };
/** What file-type reports: undefined when it does not recognise the bytes. */
export type DetectedType = { ext: string; mime: string } | undefined;
export type TypeDecision = { ok: true; type: EvidenceType } | { ok: false; message: string };

const OOXML = "application/vnd.openxmlformats-officedocument";

const BY_DETECTED_MIME: Record<string, EvidenceType> = {
  "application/pdf": { ext: "pdf", mime: "application/pdf", label: "PDF", inline: true },
  "image/jpeg": { ext: "jpg", mime: "image/jpeg", label: "JPEG", inline: true },
  "image/png": { ext: "png", mime: "image/png", label: "PNG", inline: true },
  "image/webp": { ext: "webp", mime: "image/webp", label: "WebP", inline: true },
  [`${OOXML}.wordprocessingml.document`]: { ext: "docx", mime: `${OOXML}.wordprocessingml.document`, label: "Word", inline: false },
  [`${OOXML}.spreadsheetml.sheet`]: { ext: "xlsx", mime: `${OOXML}.spreadsheetml.sheet`, label: "Excel", inline: false },
  [`${OOXML}.presentationml.presentation`]: { ext: "pptx", mime: `${OOXML}.presentationml.presentation`, label: "PowerPoint", inline: false },
  "application/vnd.oasis.opendocument.text": { ext: "odt", mime: "application/vnd.oasis.opendocument.text", label: "ODT", inline: false },
  "application/vnd.oasis.opendocument.spreadsheet": { ext: "ods", mime: "application/vnd.oasis.opendocument.spreadsheet", label: "ODS", inline: false },
};

// Legacy Office files are all one container (MS-CFB); file-type cannot tell a .doc from an
// .xls inside it, so the name picks which of the three it is.
const CFB_BY_EXTENSION: Record<string, EvidenceType> = {
  doc: { ext: "doc", mime: "application/msword", label: "Word", inline: false },
  xls: { ext: "xls", mime: "application/vnd.ms-excel", label: "Excel", inline: false },
  ppt: { ext: "ppt", mime: "application/vnd.ms-powerpoint", label: "PowerPoint", inline: false },
};

const ALL_TYPES = [...Object.values(BY_DETECTED_MIME), ...Object.values(CFB_BY_EXTENSION)];

/** Extensions that name an accepted type; a name ending in one of them gets it replaced. */
export const KNOWN_EXTENSIONS: ReadonlySet<string> = new Set([...ALL_TYPES.map((t) => t.ext), "jpeg", "jpe", "jfif"]);

/** For `<input accept>`: a hint to the file picker only; the server decides from the bytes. */
export const ACCEPT_ATTRIBUTE = [...[...KNOWN_EXTENSIONS].map((ext) => `.${ext}`), ...ALL_TYPES.map((t) => t.mime)].join(",");

export const ACCEPTED_TYPES_TEXT = "PDF, JPEG, PNG, WebP, Word, Excel, PowerPoint (docx/xlsx/pptx atau doc/xls/ppt), ODT, ODS";

const INLINE_MIMES: ReadonlySet<string> = new Set(ALL_TYPES.filter((t) => t.inline).map((t) => t.mime));

/** Whether a stored type may be shown in the browser (PDF and images); all else downloads. */
export function isInlineMime(mime: string): boolean {
  return INLINE_MIMES.has(mime);
}

/** A short name of a stored type for the interface ("PDF", "Word"…). */
export function labelForMime(mime: string): string {
  return ALL_TYPES.find((t) => t.mime === mime)?.label ?? "Berkas";
}

/** Whether a stored type is one this policy accepts (older rows are served as octet-stream otherwise). */
export function isAcceptedMime(mime: string): boolean {
  return ALL_TYPES.some((t) => t.mime === mime);
}

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).trim().toLowerCase() : "";
}

/** Accepts or refuses a file from its detected type (and, for legacy Office only, its name). */
export function decideEvidenceType({ detected, fileName }: { detected: DetectedType; fileName: string }): TypeDecision {
  if (!detected) {
    return { ok: false, message: `Jenis berkas tidak dikenali dari isinya. Jenis yang diterima: ${ACCEPTED_TYPES_TEXT}.` };
  }
  const accepted = BY_DETECTED_MIME[detected.mime];
  if (accepted) return { ok: true, type: accepted };
  if (detected.ext === "cfb") {
    const legacy = CFB_BY_EXTENSION[extensionOf(fileName)];
    if (legacy) return { ok: true, type: legacy };
    return { ok: false, message: "Berkas Office lama hanya diterima dengan nama berakhiran .doc, .xls, atau .ppt." };
  }
  return {
    ok: false,
    message: `Isi berkas terdeteksi sebagai ${detected.ext.toUpperCase()}, bukan jenis yang diterima. Jenis yang diterima: ${ACCEPTED_TYPES_TEXT}.`,
  };
}
