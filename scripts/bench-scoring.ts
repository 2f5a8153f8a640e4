// Benchmark (not a test): scores N distinct generated answer sets for the PM 90/2021 LKE (about one
// question in ten unanswered), then N more with every question answered, and prints the time per
// assessment after warm-up and the heap in use for each. `npm run --silent bench:scoring [-- N]`.
import { getLkeVersion } from "@/lib/lke/versions";
import { listQuestionEntries } from "@/lib/lke/walk";
import type { AnswerValue, Answers } from "@/lib/scoring/answers";
import { scoreAssessment } from "@/lib/scoring/score-assessment";

const COUNT = Number(process.argv[2] ?? 10_000);
const WARM_UP = 2_000;

/** mulberry32: a small deterministic generator, so every run scores the same answers. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fail(message: string): never {
  throw new Error(message);
}

const lke = getLkeVersion("pm90-2021") ?? fail("LKE pm90-2021 tidak ditemukan");
const questions = listQuestionEntries(lke).map((e) => e.question);

/** `count` distinct answer sets; each question is left unanswered with probability `skip`. */
function generateSets(seed: number, skip: number): Answers[] {
  const random = generator(seed);
  const int = (max: number) => Math.floor(random() * (max + 1));
  const generateAnswers = (): Answers => {
    const answers: Record<string, AnswerValue> = {};
    for (const question of questions) {
      if (random() < skip) continue;
      if (question.type === "SURVEY_INDEX") answers[question.code] = int(400) / 100;
      else if (question.type === "PERCENT") {
        // Realistic counts: tens of officials, reports or complaints; numerators around the denominator.
        answers[question.code] = Object.fromEntries((question.inputs ?? []).map((input) => [input.key, int(60)]));
      } else {
        const options = question.options ?? [];
        answers[question.code] = options[int(options.length - 1)]?.code ?? "";
      }
    }
    return answers;
  };
  return Array.from({ length: COUNT }, generateAnswers);
}

/** Scores every set once after a warm-up; the time per assessment and the heap while the sets are held. */
function run(sets: Answers[]) {
  let checksum = 0;
  for (let i = 0; i < WARM_UP; i++) checksum += scoreAssessment({ lke, answers: sets[i % COUNT] ?? {} }).total;
  const start = process.hrtime.bigint();
  for (const answers of sets) checksum += scoreAssessment({ lke, answers, holdsWbk: true }).total;
  const elapsed = Number(process.hrtime.bigint() - start) / 1000;
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  return { microseconds: Number((elapsed / COUNT).toFixed(2)), heap: Number(heap.toFixed(1)), checksum: Number(checksum.toFixed(6)) };
}

// The usual case, about one question in ten left unanswered; then the realistic worst case, a
// complete LKE (every question answered, so more values to read, more free-question fractions).
const partial = run(generateSets(20_240_531, 0.1));
const complete = run(generateSets(20_240_601, 0));
console.log(
  JSON.stringify({
    assessments: COUNT,
    microsecondsPerAssessment: partial.microseconds,
    heapUsedMiB: partial.heap,
    checksum: partial.checksum,
    allAnswered: { microsecondsPerAssessment: complete.microseconds, heapUsedMiB: complete.heap, checksum: complete.checksum },
  }),
);
