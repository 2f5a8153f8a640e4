import JSZip from "jszip";
import { extractText, getDocumentProxy } from "unpdf";

// Text as a reader sees it in the exported LHE, for the tests: PDF pages through unpdf, DOCX
// body and headers from their XML (w:t runs; the watermark is VML text in the header).

export async function pdfText(body: Buffer | Uint8Array): Promise<{ text: string; pages: string[] }> {
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const { text } = await extractText(pdf, { mergePages: false });
  const pages = (text as string[]).map((t) => t.replace(/\s+/g, " "));
  return { text: pages.join(" "), pages };
}

const runsOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)].map((m) => (m[1] === undefined ? "\n" : m[1])).join("");
const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

export async function docxText(body: Buffer | Uint8Array): Promise<{ text: string; watermark: string | null }> {
  const zip = await JSZip.loadAsync(body);
  const document = await zip.file("word/document.xml")!.async("string");
  const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n)).map((n) => zip.file(n)!.async("string")));
  const watermark = headers.map((h) => /<v:textpath[^>]*string="([^"]*)"/.exec(h)?.[1]).find((s) => s !== undefined) ?? null;
  return { text: unescape(runsOf(document)).replace(/[ \t]+/g, " "), watermark };
}
