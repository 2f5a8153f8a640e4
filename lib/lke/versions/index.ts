import type { LkeVersion } from "../schema";
import { validateLkeVersion } from "../validate";
import pm90of2021 from "./pm90-2021.json" with { type: "json" };

// LKE versions shipped with the portal, as data: next year's LKE is a new JSON file and one line
// here, not new code. Each file is validated on first use; a shipped file that breaks a rule is a
// programming error, so it throws with every problem listed.

const SOURCES: Record<string, unknown> = {
  "pm90-2021": pm90of2021,
};

const cache = new Map<string, LkeVersion>();

export function listLkeVersionIds(): string[] {
  return Object.keys(SOURCES);
}

/** The validated LKE version with this id, or undefined when there is none. */
export function getLkeVersion(id: string): LkeVersion | undefined {
  const cached = cache.get(id);
  if (cached) return cached;
  if (!Object.hasOwn(SOURCES, id)) return undefined;
  const result = validateLkeVersion(SOURCES[id]);
  if (!result.ok) {
    const lines = result.problems.map((p) => `${p.path}: ${p.reason}`).join("\n");
    throw new Error(`Versi LKE "${id}" tidak valid:\n${lines}`);
  }
  if (result.lke.id !== id) throw new Error(`Versi LKE "${id}" memuat id "${result.lke.id}"`);
  cache.set(id, result.lke);
  return result.lke;
}
