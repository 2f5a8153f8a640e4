// `npm run bench` (a benchmark, not a test): serves the built app on 127.0.0.1 over a throw-away
// PostgreSQL with 60 units × 3 years, and drives it with autocannon (10 connections) to print
// p50/p95 latency and requests per second for the leaders' dashboard, an area page, autosave
// (a closed loop: each save carries the version it edited), and a static page as the floor.
// Then the latest period grows to 600 units and the dashboard is measured again (its first
// request, which scores the new units, separately), with the growth of p50 and p95 for ×10 units.
import { hashPassword } from "@/lib/auth/password";
import { BENCH_PASSWORD, createBenchUnits, seedBenchHistory, seedBenchYear } from "@/lib/seed/bench-data";
import { autosaveSender } from "./lib/autosave-client";
import { serverActionId, signIn } from "./lib/bench-session";
import { withBenchDatabase, withBenchServer } from "./lib/bench-database";
import { loadGet, loadSequential, timeGet, type LoadFigures } from "./lib/http-load";

const YEARS = [2023, 2024, 2025];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const results: Record<string, LoadFigures> = {};
let firstDashboard600Ms: number | null = null;
await withBenchDatabase(async (bench) => {
  const { db } = bench;
  log("Mengisi 60 unit × 3 tahun…");
  const { latest } = await seedBenchHistory({ db, units: 60, years: YEARS });
  await db.user.create({ data: { name: "Pimpinan Bench", email: "pimpinan-bench@serang.demo", role: "PIMPINAN", passwordHash: await hashPassword(BENCH_PASSWORD) } });
  await withBenchServer(bench, log, async (base) => {
    const leader = await signIn(base, "pimpinan-bench@serang.demo", BENCH_PASSWORD);
    const operators = await Promise.all(latest.assessments.slice(0, 10).map(async (a) => ({ ...a, cookie: await signIn(base, a.email, BENCH_PASSWORD) })));
    const year = YEARS.at(-1)!;

    log("Halaman statis…");
    results.static = await loadGet({ name: "static page (/akses-ditolak)", url: `${base}/akses-ditolak`, seconds: SECONDS });
    log("Halaman area…");
    results.areaPage = await loadGet({ name: "area page (operator, 113-question LKE)", url: `${base}/opd/penilaian/${operators[0]!.assessmentId}/mp`, cookie: operators[0]!.cookie, seconds: SECONDS });
    log("Dasbor, 60 unit…");
    results.dashboard60 = await loadGet({ name: "dashboard, 60 units", url: `${base}/dasbor?tahun=${year}`, cookie: leader, seconds: SECONDS });

    log("Simpan otomatis…");
    // Only a unit's DRAFT can be edited; the seeded latest year mixes states.
    await db.assessment.updateMany({ where: { id: { in: operators.map((o) => o.assessmentId) } }, data: { state: "DRAFT" } });
    const actionId = serverActionId("saveAnswerAction");
    results.autosave = await loadSequential({
      name: "autosave (10 operators, each saving its own answer)",
      clients: operators.length,
      seconds: SECONDS,
      send: autosaveSender({ db, base, actionId, operators }),
    });

    log("Menambah 540 unit ke periode terbaru…");
    await seedBenchYear({ db, units: await createBenchUnits({ db, count: 540 }), year, reviewed: false });
    log("Dasbor, 600 unit…");
    // The first read after the seed scores the 540 new units' answers and stores their summaries.
    firstDashboard600Ms = await timeGet({ url: `${base}/dasbor?tahun=${year}`, cookie: leader });
    results.dashboard600 = await loadGet({ name: "dashboard, 600 units", url: `${base}/dasbor?tahun=${year}`, cookie: leader, seconds: SECONDS });
  });
});
const growth = (key: "p50Ms" | "p95Ms") => {
  const [small, large] = [results.dashboard60?.[key], results.dashboard600?.[key]];
  return small && large ? Math.round((large / small) * 100) / 100 : null;
};
const dashboardGrowth60to600 = { units: 10, p50: growth("p50Ms"), p95: growth("p95Ms") };
process.stdout.write(`${JSON.stringify({ machine: "2 cores, loopback", seconds: SECONDS, results: Object.values(results), dashboardGrowth60to600, firstDashboard600Ms }, null, 2)}\n`);
process.exit(0);
