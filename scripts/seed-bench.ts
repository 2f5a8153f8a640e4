// `npm run seed:bench -- [--units 60] [--years 2023,2024,2025]`: fills the portal's database
// (DATABASE_URL, or the bundled one of `npm start`) with benchmark units, each with an operator
// (password in lib/seed/bench-data.ts) and a fully answered LKE per year; earlier years reviewed.
import { createPrismaClient } from "@/lib/db/create-client";
import { seedBenchHistory } from "@/lib/seed/bench-data";
import { StartupError } from "@/lib/startup-error";
import { openPortalDatabase } from "./lib/portal-db";
import { runMain } from "./lib/run-main";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

runMain(async () => {
  const units = Number(option("units", "60"));
  const years = option("years", "2023,2024,2025").split(",").map(Number);
  if (!Number.isInteger(units) || units < 1 || units > 2000) throw new StartupError("--units harus bilangan bulat 1–2000.");
  if (years.some((y) => !Number.isInteger(y) || y < 2000 || y > 2100)) throw new StartupError("--years harus daftar tahun 2000–2100, dipisah koma.");
  const { url, close } = await openPortalDatabase();
  try {
    const db = createPrismaClient(url);
    try {
      const started = Date.now();
      const { latest } = await seedBenchHistory({ db, units, years });
      process.stdout.write(`${units} unit × ${years.length} tahun dibuat dalam ${((Date.now() - started) / 1000).toFixed(1)} detik; periode terbaru ${latest.period.year}.\n`);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await close();
  }
  process.exit(0);
});
