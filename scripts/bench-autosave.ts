// `npm run bench:autosave` (a benchmark, not a test): autosave under load, over HTTP against the
// built app on 127.0.0.1 and a throw-away PostgreSQL, with 100 operators of 100 different units.
//   closed loop — 10, 50 and 100 operators each saving again as soon as the last save answered:
//                 saves per second at saturation, p50, p95, errors;
//   with pauses — 100 operators each pausing 2 s after every save, as people do: p50, p95, errors.
// Every load runs once on a quiet machine and once beside a CPU hog on every core. Prints a table
// (stdout) and the figures as JSON (stdout, after the table). BENCH_SECONDS sets each load's length.
// CPU ms per save (web server, PostgreSQL; Linux /proc) tell the code's cost apart from how busy
// the machine was: on a shared machine wall-clock figures mostly measure the neighbours.
import type { Db } from "@/lib/db/create-client";
import { BENCH_PASSWORD, createBenchUnits, seedBenchYear } from "@/lib/seed/bench-data";
import { autosaveSender } from "./lib/autosave-client";
import { serverActionId, signIn } from "./lib/bench-session";
import { withBenchDatabase, withBenchServer } from "./lib/bench-database";
import { startCpuHog } from "./lib/cpu-hog";
import { loadSequential, loadWithPauses, type LoadFigures } from "./lib/http-load";
import { cpuMsBetween, treeCpuMs } from "./lib/proc-cpu";

const OPERATORS = 100;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const PAUSE_MS = 2000;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

type Row = LoadFigures & { machine: "tenang" | "sibuk"; loop: "tertutup" | "jeda 2 dtk"; webCpuMsPerSave: number; pgCpuMsPerSave: number; sealLagS: number | null };

/** Audit events not yet linked into the hash chain (always 0 where events are chained on insert). */
async function unsealedEvents(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "hash" IS NULL`;
  return row?.n ?? 0;
}

/** Seconds until every audit event is sealed, polled after a load (null: not within 60 s). */
async function sealLagSeconds(db: Db): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    if ((await unsealedEvents(db)) === 0) return Math.round((Date.now() - started) / 100) / 10;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

function table(rows: Row[]): string {
  const head = ["mesin", "beban", "operator", "simpan", "simpan/dtk", "p50 ms", "p95 ms", "galat", "CPU web ms/simpan", "CPU PG ms/simpan", "segel dtk"];
  const body = rows.map((r) => [r.machine, r.loop, r.connections, r.requests, r.rps, r.p50Ms, r.p95Ms, r.errors, r.webCpuMsPerSave, r.pgCpuMsPerSave, r.sealLagS ?? "–"].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

const rows: Row[] = [];
const failures: string[] = [];
await withBenchDatabase(async (bench) => {
  const { db } = bench;
  log(`Mengisi ${OPERATORS} unit dengan LKE terisi…`);
  const { assessments } = await seedBenchYear({ db, units: await createBenchUnits({ db, count: OPERATORS }), year: 2031, reviewed: false });
  // Only a unit's DRAFT can be edited; the seeded year mixes states.
  await db.assessment.updateMany({ data: { state: "DRAFT" } });
  await withBenchServer(bench, log, async (base, server) => {
    log(`Masuk sebagai ${OPERATORS} operator…`);
    const operators = [];
    for (const a of assessments) operators.push({ ...a, cookie: await signIn(base, a.email, BENCH_PASSWORD) });
    const send = autosaveSender({ db, base, actionId: serverActionId("saveAnswerAction"), operators, onFailure: (answer) => failures.length < 5 && failures.push(answer) });
    for (let i = 0; i < operators.length; i++) await send(i); // warm-up, not counted
    for (const machine of ["tenang", "sibuk"] as const) {
      for (const clients of [10, 50, 100, "jeda"] as const) {
        const seconds = clients === "jeda" ? SECONDS * 2 : SECONDS;
        const hog = machine === "sibuk" ? startCpuHog({ seconds: seconds + 5 }) : null;
        log(`${machine}: ${clients === "jeda" ? `${OPERATORS} operator, jeda 2 dtk` : `${clients} operator, loop tertutup`}…`);
        try {
          const cpu = () => ({ web: treeCpuMs(server.pid!), pg: treeCpuMs(process.pid, (comm) => comm === "postgres") });
          const cpuBefore = cpu();
          const figures =
            clients === "jeda"
              ? await loadWithPauses({ name: "autosave", clients: OPERATORS, seconds, pauseMs: PAUSE_MS, send })
              : await loadSequential({ name: "autosave", clients, seconds, send: (client) => send(client) });
          const cpuAfter = cpu();
          hog?.stop();
          const perSave = (ms: number) => Math.round((ms / Math.max(1, figures.requests)) * 10) / 10;
          rows.push({
            ...figures,
            machine,
            loop: clients === "jeda" ? "jeda 2 dtk" : "tertutup",
            webCpuMsPerSave: perSave(cpuMsBetween(cpuBefore.web, cpuAfter.web)),
            pgCpuMsPerSave: perSave(cpuMsBetween(cpuBefore.pg, cpuAfter.pg)),
            sealLagS: await sealLagSeconds(db),
          });
        } finally {
          hog?.stop();
        }
      }
    }
  });
});
process.stdout.write(`\nSimpan otomatis, ${OPERATORS} unit, ${SECONDS} dtk per beban (jeda: ${SECONDS * 2} dtk); segel dtk = waktu sampai semua peristiwa audit tersegel setelah beban\n${table(rows)}\n\n`);
if (failures.length > 0) process.stdout.write(`Contoh galat:\n${failures.map((f) => `  ${f}`).join("\n")}\n\n`);
process.stdout.write(`${JSON.stringify({ operators: OPERATORS, seconds: SECONDS, pauseMs: PAUSE_MS, rows }, null, 2)}\n`);
process.exit(0);
