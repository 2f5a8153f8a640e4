// Benchmark (not a test) for the self-assessment screens on a seeded period of 60 units:
//   npm run bench:assessment
// Prints p50/p95 of the area page's server render and of the autosave round trip (the
// saveAnswerAction server action over HTTP, with its version), one request at a time, as one
// operator working; `npm run bench` measures the same under 10 concurrent users.
import { BENCH_PASSWORD, seedBenchHistory } from "@/lib/seed/bench-data";
import { autosaveSender } from "./lib/autosave-client";
import { serverActionId, signIn } from "./lib/bench-session";
import { withBenchDatabase, withBenchServer } from "./lib/bench-database";
import { loadSequential } from "./lib/http-load";

const UNITS = 60;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

await withBenchDatabase(async (bench) => {
  const { db } = bench;
  log(`Mengisi periode dengan ${UNITS} unit…`);
  const { latest } = await seedBenchHistory({ db, units: UNITS, years: [2031] });
  await withBenchServer(bench, log, async (base) => {
    const target = latest.assessments[UNITS / 2]!;
    const cookie = await signIn(base, target.email, BENCH_PASSWORD);
    const areaUrl = `${base}/opd/penilaian/${target.assessmentId}/mp`;
    for (let i = 0; i < 5; i++) await (await fetch(areaUrl, { headers: { cookie } })).text(); // warm-up
    const render = await loadSequential({
      name: "area page render (GET /opd/penilaian/:id/mp, 1 user)",
      clients: 1,
      seconds: SECONDS,
      send: async () => {
        const response = await fetch(areaUrl, { headers: { cookie } });
        await response.text();
        return response.ok;
      },
    });
    await db.assessment.update({ where: { id: target.assessmentId }, data: { state: "DRAFT" } });
    const send = autosaveSender({ db, base, actionId: serverActionId("saveAnswerAction"), operators: [{ assessmentId: target.assessmentId, cookie }] });
    const autosave = await loadSequential({ name: "autosave round trip (server action, 1 user)", clients: 1, seconds: SECONDS, send });
    process.stdout.write(`${JSON.stringify({ units: UNITS, questionsPerUnit: 113, results: [render, autosave] }, null, 2)}\n`);
  });
});
process.exit(0);
