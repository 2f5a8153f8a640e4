// Benchmark (not a test): the proposal rule on N units, as a dashboard of N units would run it
// after scoring — decideEligibilityForScore (LHKPN/LHKASN from the score, Tabel 5, Tabel 6, lock)
// and describeEligibility for both targets. Scoring is done before the clock starts (its own cost
// is bench:scoring's). `npm run --silent bench:eligibility [-- N]`.
import { describeEligibility } from "@/lib/eligibility/labels";
import { holdsWbkOn } from "@/lib/eligibility/predicates";
import { decideEligibilityForScore } from "@/lib/eligibility/score-eligibility";
import { type EligibilityFacts, GRADES, SERVICE_CATEGORIES } from "@/lib/eligibility/types";
import { getLkeVersion } from "@/lib/lke/versions";
import { listQuestionEntries } from "@/lib/lke/walk";
import { scoreAssessment } from "@/lib/scoring/score-assessment";

const COUNT = Number(process.argv[2] ?? 2_000);
const lke = getLkeVersion("pm90-2021") ?? (() => { throw new Error("LKE pm90-2021 tidak ditemukan"); })();
const questions = listQuestionEntries(lke).map((e) => e.question);

/** Unit i: its facts cycle through every category, grade and a revocation now and then. */
function factsOf(i: number): EligibilityFacts {
  const grade = GRADES[i % GRADES.length] ?? "B";
  return {
    asOf: "2026-03-01",
    instansi: { kind: i % 5 === 0 ? "KL" : "PEMDA", opiniBpk: i % 3 === 0 ? "WDP" : "WTP", sakip: grade, indeksRb: grade, spipLevel: 1 + (i % 5) },
    unit: {
      serviceCategory: SERVICE_CATEGORIES[i % SERVICE_CATEGORIES.length] ?? "LAINNYA",
      coreService: i % 4 !== 0, significantImpact: true, followUpPercent: i % 2 === 0 ? 100 : 99.99, sakipInternal: grade,
      ziSinceWbk: i % 6 === 0 ? null : "2024-02-29", ziSinceWbbm: "2025-03-02",
      predicates: i % 3 === 0 ? [] : [{ year: 2024, predicate: "WBK", source: i % 2 ? "TPN" : "MANDIRI", revokedOn: i % 11 === 0 ? "2025-01-15" : null }],
    },
  };
}

const units = Array.from({ length: COUNT }, (_, i) => {
  const facts = factsOf(i);
  // A third of the units answer every question at its best (Tabel 6 met), the rest leave one in seven.
  const best = i % 3 === 0;
  const answerOf = (q: (typeof questions)[number]) => {
    if (q.type === "SURVEY_INDEX") return best ? 4 : 3.5;
    if (q.type === "PERCENT") return Object.fromEntries((q.inputs ?? []).map((input) => [input.key, 10]));
    return q.options?.[0]?.code ?? "";
  };
  const answers = Object.fromEntries(questions.filter((_, q) => best || (q + i) % 7 !== 0).map((q) => [q.code, answerOf(q)]));
  return { facts, score: scoreAssessment({ lke, answers, holdsWbk: holdsWbkOn(facts.unit.predicates, facts.asOf) }) };
});

function run() {
  let eligible = 0;
  let reasons = 0;
  const start = process.hrtime.bigint();
  for (const { facts, score } of units) {
    const decided = decideEligibilityForScore({ lke, score, facts });
    for (const target of ["WBK", "WBBM"] as const) {
      if (decided[target].eligible) eligible++;
      reasons += describeEligibility(decided[target], target).reasons.length;
    }
  }
  return { microseconds: Number(process.hrtime.bigint() - start) / 1000 / COUNT, eligible, reasons };
}

// A warm-up round, then five measured; the median is the figure, the fastest shows the noise.
run();
const rounds = Array.from({ length: 5 }, run);
const times = rounds.map((r) => r.microseconds).sort((a, b) => a - b);
const [first] = rounds;
console.log(JSON.stringify({
  units: COUNT,
  microsecondsPerUnit: Number((times[2] ?? 0).toFixed(2)),
  fastestRound: Number((times[0] ?? 0).toFixed(2)),
  eligibleTargets: first?.eligible,
  reasons: first?.reasons,
}));
