import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { parseStorageLocation, StorageLocationError } from "./storage-location";

describe("parseStorageLocation", () => {
  it("reads an S3-compatible store with endpoint, region and path-style addressing", () => {
    expect(parseStorageLocation("s3://bukti-dukung/portal/zi/?endpoint=https%3A%2F%2Fminio.pemda.go.id%3A9000&region=ap-southeast-3")).toEqual({
      kind: "s3",
      bucket: "bukti-dukung",
      prefix: "portal/zi",
      endpoint: "https://minio.pemda.go.id:9000",
      region: "ap-southeast-3",
      forcePathStyle: true,
    });
  });

  it("defaults to AWS itself: us-east-1, virtual-host addressing, no prefix", () => {
    expect(parseStorageLocation("s3://portal-zi-bukti")).toEqual({ kind: "s3", bucket: "portal-zi-bukti", prefix: "", endpoint: undefined, region: "us-east-1", forcePathStyle: false });
    expect(parseStorageLocation("s3://portal-zi-bukti?endpoint=http://10.0.0.5:9000&forcePathStyle=false")).toMatchObject({ forcePathStyle: false });
  });

  it("takes a folder as a plain path or a file:// URL", () => {
    expect(parseStorageLocation("/var/lib/portal-zi/bukti")).toEqual({ kind: "disk", dir: "/var/lib/portal-zi/bukti" });
    expect(parseStorageLocation("file:///srv/bukti%20dukung")).toEqual({ kind: "disk", dir: "/srv/bukti dukung" });
  });

  it("refuses what would be read wrongly, in Bahasa Indonesia", () => {
    const refusals: [string, RegExp][] = [
      ["s3://Bukti_Dukung", /nama bucket "Bukti_Dukung" tidak sah/],
      ["s3://kunci:rahasia@bukti-dukung", /tidak boleh memuat kunci akses/],
      ["s3://bukti-dukung?endpoint=minio:9000", /endpoint harus alamat lengkap/],
      ["s3://bukti-dukung?forcePathStyle=ya", /forcePathStyle hanya true atau false/],
      ["s3://bukti-dukung?regoin=x", /parameter "regoin" tidak dikenal/],
    ];
    for (const [value, message] of refusals) {
      expect(() => parseStorageLocation(value), value).toThrow(StorageLocationError);
      expect(() => parseStorageLocation(value), value).toThrow(message);
    }
  });

  it("makes a malformed EVIDENCE_STORAGE a start-up error naming the variable, and never echoes a key", () => {
    const attempt = () => parseEnv({ EVIDENCE_STORAGE: "s3://AKIAEXAMPLE:rahasia@bukti-dukung" });
    expect(attempt).toThrow(EnvError);
    expect(attempt).toThrow(/^EVIDENCE_STORAGE: EVIDENCE_STORAGE tidak boleh memuat kunci akses/);
    expect(attempt).not.toThrow(/rahasia/);
    expect(parseEnv({ EVIDENCE_STORAGE: "s3://bukti-dukung/p", AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "b" })).toMatchObject({ EVIDENCE_STORAGE: "s3://bukti-dukung/p", AWS_ACCESS_KEY_ID: "a" });
  });
});
