import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// `next build` takes a minute or two on a small machine; it runs only when the sources
// differ from the ones the current .next was built from.

const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", "generated", ".next"]);
const STAMP = ".next/portal-zi-source-hash";

function collect(entry: string, out: string[]) {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) {
      if (!SKIP.has(name) && !name.endsWith(".test.ts")) collect(path.join(entry, name), out);
    }
  } else {
    out.push(entry);
  }
}

export function sourceHash(): string {
  const files: string[] = [];
  for (const source of SOURCES) collect(source, files);
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

export function ensureBuild(log: (line: string) => void): void {
  const hash = sourceHash();
  if (existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === hash) {
    log("Build Next.js masih mutakhir; tidak dibangun ulang.");
    return;
  }
  log("Membangun aplikasi (next build); pada mesin 2 inti ini butuh 1–3 menit…");
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build gagal (lihat pesan di atas).");
  writeFileSync(STAMP, hash);
}
