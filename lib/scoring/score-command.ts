import { z } from "zod";
import { type EligibilityOutput, decideEligibilityForScore, parseEligibilityRequest, toEligibilityOutput } from "@/lib/eligibility/score-eligibility";
import { getLkeVersion, listLkeVersionIds } from "@/lib/lke/versions";
import { parseAnswers } from "./answers";
import { scoreAssessment } from "./score-assessment";
import type { ScoreResult } from "./score-types";

// The command line `npm run --silent score -- FILE.json`, without the process: it reads
// { "lke"?: "pm90-2021", "answers": {...}, "holdsWbk"?: true, "eligibility"?: {...} } and gives the
// result as JSON, or exit code 2 with one line per problem, each naming what is wrong.
// scripts/score.ts only wires it to the file system and the standard streams. With `eligibility`
// the output also says who may be proposed to TPN (lib/eligibility, issue 10).

export type CommandOutcome = { exitCode: 0 | 1 | 2; stdout: string; stderr: string[] };

const RequestSchema = z.strictObject({
  lke: z.string().optional(),
  answers: z.unknown(),
  holdsWbk: z.boolean().optional(),
  eligibility: z.unknown().optional(),
});

/** The LKE a file without "lke" is scored on: the one of PermenPAN-RB 90/2021 shipped with the portal. */
export const DEFAULT_LKE = "pm90-2021";
const KEYS = "lke, answers, holdsWbk, eligibility";

export const USAGE = "Penggunaan: npm run --silent score -- BERKAS.json";

export function runScoreCommand({ args, readFile }: { args: string[]; readFile: (path: string) => string }): CommandOutcome {
  const [path, ...rest] = args;
  if (path === undefined || rest.length > 0) return refuse([USAGE]);
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? ` (${String(error.code)})` : "";
    return refuse([`Berkas ${path} tidak dapat dibaca${code}`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refuse([`Berkas ${path} bukan JSON yang sah: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const scored = scoreRequest(raw);
  if (!scored.ok) return refuse(scored.problems);
  return { exitCode: 0, stdout: `${JSON.stringify(scored.result, null, 2)}\n`, stderr: [] };
}

export type ScoreCommandResult = ScoreResult & { eligibility?: EligibilityOutput };
export type ScoreRequestOutcome = { ok: true; result: ScoreCommandResult } | { ok: false; problems: string[] };

/** Validates a parsed request object and scores it. */
export function scoreRequest(raw: unknown): ScoreRequestOutcome {
  const request = RequestSchema.safeParse(raw);
  if (!request.success) return { ok: false, problems: request.error.issues.flatMap(describeRequestIssue) };
  const { lke: id = DEFAULT_LKE, answers, holdsWbk, eligibility } = request.data;
  const lke = getLkeVersion(id);
  if (!lke) {
    return { ok: false, problems: [`Versi LKE "${id}" tidak dikenal; versi yang ada: ${listLkeVersionIds().join(", ")}`] };
  }
  const parsed = parseAnswers(lke, answers);
  const facts = eligibility === undefined ? undefined : parseEligibilityRequest({ eligibility, holdsWbk });
  const problems = [...(parsed.ok ? [] : parsed.problems.map((p) => p.message)), ...(facts?.ok === false ? facts.problems : [])];
  if (!parsed.ok || facts?.ok === false) return { ok: false, problems };
  if (facts === undefined) return { ok: true, result: scoreAssessment({ lke, answers: parsed.answers, holdsWbk }) };
  const score = scoreAssessment({ lke, answers: parsed.answers, holdsWbk: facts.holdsWbk });
  const decided = decideEligibilityForScore({ lke, score, facts: facts.facts });
  return { ok: true, result: { ...score, eligibility: toEligibilityOutput(decided) } };
}

function describeRequestIssue(issue: z.core.$ZodIssue): string[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => `Kunci "${key}" tidak dikenal; yang diterima: ${KEYS}`);
  }
  const [key] = issue.path.map(String);
  if (key === "lke") return ['Kunci "lke" wajib berupa id versi LKE, mis. "pm90-2021"'];
  if (key === "answers") return ['Kunci "answers" wajib ada (objek jawaban; {} bila belum ada)'];
  if (key === "holdsWbk") return ['Kunci "holdsWbk" harus true atau false'];
  return ['Isi berkas harus berupa objek { "lke"?: ..., "answers": {...}, "holdsWbk"?: true, "eligibility"?: {...} }'];
}

function refuse(problems: string[]): CommandOutcome {
  return { exitCode: 2, stdout: "", stderr: problems };
}
