import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

// Turns Prisma schemas into the SQL that takes a database from one to the other,
// offline, with Prisma 6.19's JavaScript schema engine (see prisma/legacy-diff.config.ts).
// Used to write new migrations (scripts/migration-sql.ts) and by the drift test.

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

type DiffOptions = {
  /** Schema text to start from; `null` starts from an empty database. */
  from: string | null;
  to: string;
  /** Any reachable PostgreSQL: the engine connects to it but changes nothing. */
  databaseUrl: string;
};

export function diffSchemas({ from, to, databaseUrl }: DiffOptions): string {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-zi-diff-"));
  try {
    const toFile = writeSchema(dir, "to.prisma", to);
    const fromArgs = from === null ? ["--from-empty"] : ["--from-schema-datamodel", writeSchema(dir, "from.prisma", from)];
    const cli = require.resolve("prisma-legacy/build/index.js");
    const result = spawnSync(
      process.execPath,
      [cli, "migrate", "diff", "--config", path.join(root, "prisma/legacy-diff.config.ts"), ...fromArgs,
        "--to-schema-datamodel", toFile, "--script"],
      {
        cwd: root,
        encoding: "utf8",
        env: {
          ...process.env,
          DIFF_DATABASE_URL: databaseUrl,
          CHECKPOINT_DISABLE: "1",
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
          // Never used by a JS-engine diff, but the CLI refuses to start without them.
          PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
          PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
        },
      },
    );
    if (result.status !== 0) {
      throw new Error(`prisma migrate diff gagal:\n${result.stderr || result.stdout}`);
    }
    return result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Prisma 7 schemas carry no connection URL; Prisma 6 insists on one.
function writeSchema(dir: string, name: string, text: string): string {
  const withUrl = text.replace(
    /datasource\s+db\s*\{/,
    (block) => `${block}\n  url = env("DIFF_DATABASE_URL")`,
  );
  const file = path.join(dir, name);
  writeFileSync(file, withUrl);
  return file;
}
