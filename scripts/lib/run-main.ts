import { EnvError } from "@/lib/env";
import { MigrationError } from "@/lib/db/migrate";
import { StartupError } from "@/lib/startup-error";

/** Runs a command-line entry point: known failures become one clear line and exit 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof EnvError) {
      for (const problem of error.problems) process.stderr.write(`Konfigurasi salah — ${problem}\n`);
    } else if (error instanceof StartupError || error instanceof MigrationError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`Gagal: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exit(1);
  });
}
