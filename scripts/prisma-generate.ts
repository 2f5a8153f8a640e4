// Runs `prisma generate` offline. Prisma 7's CLI wants a schema-engine binary path even
// though generate never uses it; the engine cannot be downloaded on our machines, so we
// point it at any existing file (the Node binary) unless the caller set one.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  stdio: ["ignore", "pipe", "pipe"],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
  encoding: "utf8",
});

if (result.status !== 0) {
  process.stderr.write(result.stdout + result.stderr);
  process.stderr.write("prisma generate gagal: periksa prisma/schema.prisma (pesan di atas).\n");
  process.exit(result.status ?? 1);
}
