// Where bukti dukung are kept, from EVIDENCE_STORAGE (lib/env.ts). Pure, so that lib/env.ts can
// refuse a malformed value at start-up with a message that names the variable.

export type S3Location = {
  kind: "s3";
  bucket: string;
  /** Key prefix without leading or trailing slash; "" for the bucket's root. */
  prefix: string;
  /** An S3-compatible server (MinIO, a government cloud); absent for AWS itself. */
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
};

export type DiskLocation = { kind: "disk"; dir: string };

export type StorageLocation = S3Location | DiskLocation;

export class StorageLocationError extends Error {}

const BUCKET_PATTERN = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * s3://bucket/prefix?endpoint=https://minio.example:9000&region=us-east-1&forcePathStyle=true,
 * or file:///path (or a plain path) for a folder on this machine.
 */
export function parseStorageLocation(value: string): StorageLocation {
  if (!value.startsWith("s3://")) {
    const dir = value.startsWith("file://") ? decodeURIComponent(new URL(value).pathname) : value;
    if (dir.trim() === "") throw new StorageLocationError("EVIDENCE_STORAGE kosong: isi s3://bucket/prefix atau folder.");
    return { kind: "disk", dir };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new StorageLocationError("EVIDENCE_STORAGE tidak dapat dibaca: gunakan bentuk s3://bucket/prefix?endpoint=…&region=…");
  }
  const bucket = url.hostname;
  if (!BUCKET_PATTERN.test(bucket)) throw new StorageLocationError(`EVIDENCE_STORAGE: nama bucket "${bucket}" tidak sah (3–63 huruf kecil, angka, titik atau tanda hubung).`);
  if (url.username || url.password) throw new StorageLocationError("EVIDENCE_STORAGE tidak boleh memuat kunci akses; pakai AWS_ACCESS_KEY_ID dan AWS_SECRET_ACCESS_KEY.");
  const known = new Set(["endpoint", "region", "forcePathStyle"]);
  for (const key of url.searchParams.keys()) {
    if (!known.has(key)) throw new StorageLocationError(`EVIDENCE_STORAGE: parameter "${key}" tidak dikenal (yang dikenal: endpoint, region, forcePathStyle).`);
  }
  const endpoint = url.searchParams.get("endpoint") ?? undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^/]+/.test(endpoint)) {
    throw new StorageLocationError("EVIDENCE_STORAGE: endpoint harus alamat lengkap, mis. https://minio.pemda.go.id:9000");
  }
  const forcePathStyle = url.searchParams.get("forcePathStyle");
  if (forcePathStyle !== null && forcePathStyle !== "true" && forcePathStyle !== "false") {
    throw new StorageLocationError("EVIDENCE_STORAGE: forcePathStyle hanya true atau false.");
  }
  return {
    kind: "s3",
    bucket,
    prefix: decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, ""),
    endpoint,
    region: url.searchParams.get("region") ?? "us-east-1",
    // An S3-compatible server is usually addressed by path (http://host:9000/bucket/key).
    forcePathStyle: forcePathStyle === null ? endpoint !== undefined : forcePathStyle === "true",
  };
}
