import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import { writeContentToFile } from "./content";
import { EvidenceRefusal, tooLarge } from "./errors";

/** The uploaded file, waiting in a temp file: read it with stream(), as often as needed. */
export type SpooledFile = { name: string; size: number; stream: () => Readable };

export type MultipartForm = {
  fields: Record<string, string>;
  /** The first part named `fileField`, or null when the form had none. */
  file: SpooledFile | null;
  /** Removes the temp file; call it when done with the form (also after a failure). */
  discard: () => Promise<void>;
};

/** What to say, in the caller's words, for a request that is not a readable form. */
export type FormMessages = { notMultipart: string; empty: string; unreadable: string };

// Room for the multipart boundaries, part headers and the small text fields.
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * Reads a multipart form as it arrives: text fields into memory (small, bounded), the file
 * straight to a temp file, so that no upload is ever held in memory whole. Refuses a declared
 * Content-Length over the limit before reading a byte, and cuts off a body or a file that passes
 * it (413, the same message as before); anything unparseable is a 400 in the caller's words.
 */
export async function readMultipartForm(options: { request: Request; maxBytes: number; fileField: string; messages: FormMessages; tmpDir?: string }): Promise<MultipartForm> {
  const { request, maxBytes, fileField, messages } = options;
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) throw new EvidenceRefusal({ status: 400, message: messages.notMultipart });
  const limit = maxBytes + FORM_OVERHEAD_BYTES;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge({ maxBytes });
  if (!request.body) throw new EvidenceRefusal({ status: 400, message: messages.empty });

  const dir = await mkdtemp(path.join(options.tmpDir ?? tmpdir(), "formulir-"));
  const discard = () => rm(dir, { recursive: true, force: true });
  try {
    let parser: busboy.Busboy;
    try {
      // Filenames as the browser sends them (UTF-8), not busboy's default latin1.
      parser = busboy({ headers: { "content-type": contentType }, defParamCharset: "utf8", limits: { files: 1, fields: 50, fieldSize: 64 * 1024, parts: 60, fileSize: maxBytes + 1 } });
    } catch {
      throw new EvidenceRefusal({ status: 400, message: messages.unreadable });
    }
    const fields: Record<string, string> = {};
    let fileTask: Promise<SpooledFile> | undefined;
    const counter = byteCounter({ limit, onExceeded: () => tooLarge({ maxBytes }) });
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) counter.destroy(new EvidenceRefusal({ status: 400, message: messages.unreadable }));
      else fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== fileField || fileTask) {
        stream.resume();
        return;
      }
      const spooled = path.join(dir, randomUUID());
      fileTask = writeContentToFile({ content: stream, path: spooled, maxBytes }).then(({ size }) => ({ name: info.filename ?? "", size, stream: () => createReadStream(spooled) }));
      // Errors reach writeContentToFile through the stream; this only keeps a late one (after a
      // refusal stopped reading) from being unhandled.
      stream.on("error", () => undefined);
      // A file over the limit stops the whole request at once (busboy would wait for the rest).
      fileTask.catch((error: unknown) => {
        counter.destroy(error as Error);
        parser.destroy(error as Error);
      });
    });
    await pipeline(Readable.fromWeb(request.body as never), counter, parser);
    return { fields, file: fileTask ? await fileTask : null, discard };
  } catch (error) {
    await discard();
    if (error instanceof EvidenceRefusal) throw error;
    throw new EvidenceRefusal({ status: 400, message: messages.unreadable });
  }
}

function byteCounter({ limit, onExceeded }: { limit: number; onExceeded: () => Error }): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.byteLength;
      if (seen > limit) callback(onExceeded());
      else callback(null, chunk);
    },
  });
}
