import type { z } from "zod";
import type { Problem } from "./problem";
import { checkQuestions } from "./question-rules";
import { LkeVersionSchema, type LkeVersion } from "./schema";
import { checkStructure } from "./structure-rules";
import { checkWeights } from "./weight-rules";

export type LkeValidation = { ok: true; lke: LkeVersion } | { ok: false; problems: Problem[] };

/**
 * Checks an LKE version file: first its structure (zod), then, when the structure holds, every
 * semantic rule. All problems are returned, not only the first. Structural problems carry a JSON
 * path ("components.0.parts.1.weight"); semantic ones carry the code of the node ("A.II.5").
 */
export function validateLkeVersion(input: unknown): LkeValidation {
  const parsed = LkeVersionSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(describeIssue) };
  const lke = parsed.data;
  const problems = [...checkStructure(lke), ...checkWeights(lke), ...checkQuestions(lke)];
  return problems.length === 0 ? { ok: true, lke } : { ok: false, problems };
}

function describeIssue(issue: z.core.$ZodIssue): Problem {
  const path = issue.path.map(String).join(".") || "(akar)";
  switch (issue.code) {
    case "invalid_type":
      return { path, reason: issue.input === undefined ? "wajib diisi" : `harus bertipe ${issue.expected}` };
    case "too_small":
      if (issue.origin === "array") return { path, reason: `minimal ${String(issue.minimum)} unsur` };
      return { path, reason: `harus ${issue.inclusive ? "≥" : ">"} ${String(issue.minimum)}` };
    case "too_big":
      return { path, reason: `harus ${issue.inclusive ? "≤" : "<"} ${String(issue.maximum)}` };
    case "invalid_value":
      return { path, reason: `nilai tidak dikenal; yang sah: ${issue.values.map(String).join(", ")}` };
    case "invalid_union":
      return { path, reason: "bentuk tidak sesuai dengan pilihan mana pun" };
    case "invalid_format":
      return { path, reason: issue.message };
    default:
      return { path, reason: `tidak valid (${issue.message})` };
  }
}
