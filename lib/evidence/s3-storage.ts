import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { PassThrough, Readable } from "node:stream";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  S3Client,
  S3ServiceException,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { iterateContent, SHA256_PATTERN, type WrittenContent } from "./content";
import type { EvidenceStorage } from "./storage";
import type { S3Location } from "./storage-location";

export type S3Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

// Objects at <prefix>/<first two hex digits>/<sha256>, like the disk store. The sha256 is known
// only once the bytes have passed, so new content streams to <prefix>/.tmp/<uuid> first (a
// multipart upload, one part in memory at a time), then is copied to its address inside the
// store unless already there, and the temporary object is removed. Two uploads of the same
// bytes may both copy: the object is the same either way. A crash can leave a .tmp object
// behind; a lifecycle rule on <prefix>/.tmp/ (e.g. expire after 1 day) clears them.

const PART_BYTES = 5 * 1024 * 1024; // S3's smallest part size

export function createS3EvidenceStorage({ location, credentials }: { location: S3Location; credentials?: S3Credentials }): EvidenceStorage {
  const config: S3ClientConfig = {
    region: location.region,
    endpoint: location.endpoint,
    forcePathStyle: location.forcePathStyle,
    credentials,
    // Plain Content-MD5/length uploads: S3-compatible servers (MinIO versions, s3rver, some
    // government clouds) do not all accept the SDK's newer trailing CRC checksums.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
  };
  const client = new S3Client(config);
  const { bucket } = location;
  const base = location.prefix === "" ? "" : `${location.prefix}/`;
  const objectKey = (sha256: string) => `${base}${sha256.slice(0, 2)}/${sha256}`;

  async function head(sha256: string): Promise<number | null> {
    if (!SHA256_PATTERN.test(sha256)) return null;
    try {
      const answer = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey(sha256) }));
      return answer.ContentLength ?? 0;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  return {
    async put({ content }) {
      const tmpKey = `${base}.tmp/${randomUUID()}`;
      const hash = createHash("sha256");
      let size = 0;
      const body = new PassThrough({ highWaterMark: 1024 * 1024 });
      const feed = (async () => {
        try {
          for await (const chunk of iterateContent(content)) {
            hash.update(chunk);
            size += chunk.byteLength;
            if (!body.write(chunk)) await new Promise<void>((resolve) => body.once("drain", resolve));
          }
          body.end();
        } catch (error) {
          body.destroy(error as Error);
          throw error;
        }
      })();
      const upload = new Upload({ client, params: { Bucket: bucket, Key: tmpKey, Body: body }, queueSize: 1, partSize: PART_BYTES, leavePartsOnError: false });
      try {
        await Promise.all([feed, upload.done()]);
        const written: WrittenContent = { sha256: hash.digest("hex"), size };
        if ((await head(written.sha256)) === null) {
          await client.send(new CopyObjectCommand({ Bucket: bucket, Key: objectKey(written.sha256), CopySource: encodeCopySource(bucket, tmpKey) }));
        }
        return written;
      } catch (error) {
        body.destroy();
        await upload.abort().catch(() => undefined);
        throw error;
      } finally {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: tmpKey })).catch(() => undefined);
      }
    },
    async get({ sha256 }) {
      if (!SHA256_PATTERN.test(sha256)) return null;
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(sha256) }));
        if (!answer.Body) return null;
        // In Node the SDK's body is the HTTP response itself: a stream, never buffered whole.
        return answer.Body instanceof Readable ? answer.Body : Readable.fromWeb(answer.Body.transformToWebStream() as never);
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async has({ sha256 }) {
      return (await head(sha256)) !== null;
    },
    size: ({ sha256 }) => head(sha256),
    async probe() {
      await client.send(new HeadBucketCommand({ Bucket: bucket }), { abortSignal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    },
  };
}

const PROBE_TIMEOUT_MS = 2_000;

function encodeCopySource(bucket: string, key: string): string {
  return `${bucket}/${key.split("/").map(encodeURIComponent).join("/")}`;
}

function isNotFound(error: unknown): boolean {
  if (error instanceof S3ServiceException) return error.$metadata.httpStatusCode === 404 || error.name === "NotFound" || error.name === "NoSuchKey";
  return false;
}
