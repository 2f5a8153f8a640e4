// User text (TPI notes, unit names) printed with the embedded Unicode font: kept as typed, except
// what no font draws. Line breaks typed in a browser textarea arrive as "\r\n"; PDFKit breaks only
// on "\n" and would print "\r" as a missing-glyph box, as it would a tab or another control
// character. A lone UTF-16 surrogate cannot be encoded at all.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanPdfText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(CONTROL, "")
    .replace(LONE_SURROGATE, "\ufffd")
    .normalize("NFC");
}
