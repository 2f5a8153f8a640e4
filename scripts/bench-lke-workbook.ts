// Benchmark (not a test): the LKE workbook of a fully answered PM 90/2021 LKE, with both sides and
// bukti dukung on every question, built (export) and read back (import: type check, parsing,
// mapping, cached-value check) N times; prints p50/p95/max in ms and the file size. The database
// work around them (one read on export, one transaction on import) is not included.
// `npm run --silent bench:lke-workbook [-- N]` (default 50).
import { performance } from "node:perf_hooks";
import { getLkeVersion } from "@/lib/lke/versions";
import { readLkeWorkbook } from "@/lib/lke-import/read-workbook";
import { buildLkeWorkbook } from "@/lib/lke-workbook/build-workbook";
import { scoreBothMaps } from "@/lib/review/score-both";
import { answerAll, bestAnswer, listQuestions } from "@/lib/scoring/test-support";

const COUNT = Number(process.argv[2] ?? 50);
const lke = getLkeVersion("pm90-2021")!;
const unit = answerAll(lke, bestAnswer);
const tpi = { ...unit, "A.I.1.i.a": "TIDAK" };
const scores = scoreBothMaps({ lke, unit, tpi });
const answers = new Map(Object.keys(unit).map((code) => [code, { unitValue: unit[code], unitNote: "Lihat bukti dukung", tpiValue: tpi[code as keyof typeof tpi], tpiNote: null }]));
const evidence = listQuestions(lke).flatMap((q, i) => [0, 1].map((n) => ({
  questionCode: q.code, kind: "FILE" as const, name: `bukti-${i}-${n}.pdf`, link: `https://zi.example.go.id/api/evidence/${i}-${n}`, size: 120_000 + i, sha256: "a".repeat(64), uploadedAt: "2 Des 2026, 10.00 WIB",
})));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const report = (name: string, times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${name.padEnd(8)} n=${times.length} p50=${percentile(sorted, 50).toFixed(1)} ms p95=${percentile(sorted, 95).toFixed(1)} ms max=${sorted.at(-1)!.toFixed(1)} ms`);
};

const build = () => buildLkeWorkbook({ lke, headerLines: ["LKE"], answers, scores, evidence, title: "LKE", creator: "bench" });
let bytes = new Uint8Array(await build());
for (let i = 0; i < 3; i += 1) { await build(); await readLkeWorkbook({ lke, bytes }); } // warm-up

const exportTimes: number[] = [];
const importTimes: number[] = [];
for (let i = 0; i < COUNT; i += 1) {
  let start = performance.now();
  bytes = new Uint8Array(await build());
  exportTimes.push(performance.now() - start);
  start = performance.now();
  const read = await readLkeWorkbook({ lke, bytes });
  importTimes.push(performance.now() - start);
  if (!read.ok || read.answers.size !== 113) throw new Error(`impor gagal: ${read.ok ? read.answers.size : read.error}`);
}
console.log(`LKE workbook: ${(bytes.byteLength / 1024).toFixed(0)} KB, 113 questions, ${evidence.length} bukti dukung`);
report("export", exportTimes);
report("import", importTimes);
