import S3rver from "s3rver";

// A local S3-compatible server for tests (tests/support/s3-server.ts starts it as its own
// process, so that its memory never counts in the portal's measurements). Prints its port.
const [directory, bucket] = process.argv.slice(2);
if (!directory || !bucket) throw new Error("pakai: s3-server-child.ts <folder> <bucket>");
const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
const address = await server.run();
console.log(`S3RVER_PORT=${address.port}`);
process.on("SIGTERM", () => void server.close().finally(() => process.exit(0)));
