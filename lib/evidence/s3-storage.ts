import "server-only";
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { SHA256_PATTERN, writeContentToFile } from "./content";
import type { EvidenceStorage } from "./storage";
import type { S3Location } from "./storage-location";

export type S3Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

// Objects at <prefix>/<first two hex digits>/<sha256>, like the disk store. The sha256 (the
// object's name) is known only once the bytes have passed, so new content is spooled to a temp
// file while hashing, then streamed from that file in one PUT with its length, unless the object
// is already there. Nothing holds the file in memory, the bucket never sees a half-written or
// temporary object, and two uploads of the same bytes write the same object. (A multipart
// upload to a temporary key would hold whole 5 MiB parts in memory and need a copy afterwards.)
// One PUT takes up to 5 GB, far above EVIDENCE_MAX_MB's ceiling of 1024.

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
      const spoolDir = await mkdtemp(path.join(tmpdir(), "bukti-s3-"));
      try {
        const spooled = path.join(spoolDir, "isi");
        const written = await writeContentToFile({ content, path: spooled });
        if ((await head(written.sha256)) === null) {
          await client.send(new PutObjectCommand({ Bucket: bucket, Key: objectKey(written.sha256), Body: createReadStream(spooled), ContentLength: written.size }));
        }
        return written;
      } finally {
        await rm(spoolDir, { recursive: true, force: true });
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
    async delete({ sha256 }) {
      if (!SHA256_PATTERN.test(sha256)) return;
      // S3 answers 204 for a key that is not there, too.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(sha256) }));
    },
    async probe() {
      await client.send(new HeadBucketCommand({ Bucket: bucket }), { abortSignal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    },
  };
}

const PROBE_TIMEOUT_MS = 2_000;

function isNotFound(error: unknown): boolean {
  if (error instanceof S3ServiceException) return error.$metadata.httpStatusCode === 404 || error.name === "NotFound" || error.name === "NoSuchKey";
  return false;
}
