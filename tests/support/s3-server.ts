import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { spawnScript } from "./spawned";

export type TestS3Server = {
  /** EVIDENCE_STORAGE for this server's bucket under the given prefix. */
  storageUrl: (prefix: string) => string;
  endpoint: string;
  bucket: string;
  /** s3rver's fixed key pair: it accepts any signature made with it. */
  credentials: { accessKeyId: string; secretAccessKey: string };
  stop: () => Promise<void>;
};

const CHILD = fileURLToPath(new URL("./s3-server-child.ts", import.meta.url));

/** Starts s3rver on 127.0.0.1, a free port, a temp folder, with one empty bucket. */
export async function startTestS3Server({ bucket = "bukti-dukung" }: { bucket?: string } = {}): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), "s3rver-"));
  const spawned = spawnScript(CHILD, [directory, bucket], {});
  const [, port] = await spawned.waitFor(/S3RVER_PORT=(\d+)/, 30_000);
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    storageUrl: (prefix) => `s3://${bucket}/${prefix}?endpoint=${encodeURIComponent(endpoint)}&region=us-east-1&forcePathStyle=true`,
    async stop() {
      spawned.child.kill("SIGTERM");
      await spawned.exited;
      await rm(directory, { recursive: true, force: true });
    },
  };
}
