import { z } from "zod";
import { yearOf } from "./calendar";
import { type EligibilityFacts, GRADES, type IsoDate, OPINI_BPK, SERVICE_CATEGORIES } from "./types";

// The facts of the proposal rule as they arrive from outside (the score CLI's `eligibility`
// object, issue 10; the admin screens can reuse the parts). Each message completes a sentence
// that starts with the field's path: "eligibility.unit.followUpPercent harus antara 0 dan 100".

type IssueInput = { input?: unknown };
/** A message for a wrong value, and for an absent key one that says the key must be there. */
const says = (text: string, nullable = false) => ({
  error: (issue: IssueInput) => (issue.input === undefined ? (nullable ? "wajib ada (null bila belum diisi)" : "wajib ada") : text),
});
const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");
const either = (a: string, b: string) => `harus "${a}" atau "${b}"`;

const DATE = "harus tanggal yang sah berformat YYYY-MM-DD";
const isoDate = () => z.iso.date(says(DATE));
const nullableDate = () => z.iso.date(says(`${DATE}, atau null`, true)).nullable();
const grade = () => z.enum(GRADES, says(`harus salah satu dari ${list(GRADES)}, atau null`, true)).nullable();
const flag = () => z.boolean(says("harus true, false, atau null", true)).nullable();

export const InstansiFactsSchema = z.strictObject({
  kind: z.enum(["PEMDA", "KL"], says(either("PEMDA", "KL"))),
  opiniBpk: z.enum(OPINI_BPK, says(`harus salah satu dari ${list(OPINI_BPK)}, atau null`, true)).nullable(),
  sakip: grade(),
  indeksRb: grade(),
  // Schema.prisma keeps SPIP as "1".."5": a maturity level, not the BPKP score with decimals.
  spipLevel: z.int(says("harus bilangan bulat antara 1 dan 5, atau null", true)).min(1).max(5).nullable(),
});

export const PredicateRecordSchema = z.strictObject({
  year: z.int(says("harus tahun (bilangan bulat empat angka)")).min(1000).max(9999),
  predicate: z.enum(["WBK", "WBBM"], says(either("WBK", "WBBM"))),
  source: z.enum(["TPN", "MANDIRI"], says(either("TPN", "MANDIRI"))),
  revokedOn: nullableDate(),
});

export const UnitFactsSchema = z.strictObject({
  serviceCategory: z.enum(SERVICE_CATEGORIES, says(`harus salah satu dari ${list(SERVICE_CATEGORIES)}`)),
  coreService: flag(),
  significantImpact: flag(),
  followUpPercent: z.number(says("harus antara 0 dan 100, atau null", true)).min(0).max(100).nullable(),
  sakipInternal: grade(),
  ziSinceWbk: nullableDate(),
  ziSinceWbbm: nullableDate(),
  predicates: z.array(PredicateRecordSchema, says("harus daftar predikat ([] bila belum ada)")),
});

const isDay = (value: unknown): value is IsoDate => z.iso.date().safeParse(value).success;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/**
 * Dates that contradict each other: nothing may lie after the proposal date, and a revocation
 * not before its predicate's year. Runs even when other fields are wrong, so that one run names
 * every problem; it reads only values that are themselves valid.
 */
function checkDates(facts: unknown, ctx: z.RefinementCtx) {
  if (!isRecord(facts) || !isDay(facts.asOf) || !isRecord(facts.unit)) return;
  const { asOf, unit } = facts;
  const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  for (const key of ["ziSinceWbk", "ziSinceWbbm"] as const) {
    const since = unit[key];
    if (isDay(since) && since > asOf) add(["unit", key], `tidak boleh sesudah tanggal usulan asOf (${asOf})`);
  }
  const predicates = Array.isArray(unit.predicates) ? (unit.predicates as unknown[]) : [];
  predicates.forEach((p, index) => {
    if (!isRecord(p) || !Number.isInteger(p.year)) return;
    const year = Number(p.year);
    const path = ["unit", "predicates", index];
    if (year > yearOf(asOf)) add([...path, "year"], `tidak boleh sesudah tahun tanggal usulan asOf (${yearOf(asOf)})`);
    if (!isDay(p.revokedOn)) return;
    if (yearOf(p.revokedOn) < year) add([...path, "revokedOn"], `tidak boleh sebelum tahun predikatnya (${year})`);
    if (p.revokedOn > asOf) add([...path, "revokedOn"], `tidak boleh sesudah tanggal usulan asOf (${asOf})`);
  });
}

export const EligibilityFactsSchema = z
  .strictObject({ asOf: isoDate(), instansi: InstansiFactsSchema, unit: UnitFactsSchema })
  .superRefine(checkDates, { when: () => true });

/** "unit.predicates[0].revokedOn" under `field`. */
function pathOf(field: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : `${text}.${String(key)}`), field);
}

export function describeEligibilityIssue(issue: z.core.$ZodIssue, field = "eligibility"): string[] {
  const at = pathOf(field, issue.path);
  if (issue.code === "unrecognized_keys") return issue.keys.map((key) => `${at}.${key} tidak dikenal`);
  if (issue.code === "invalid_type" && issue.expected === "object") {
    return [issue.input === undefined ? `${at} wajib ada` : `${at} harus berupa objek`];
  }
  return [`${at} ${issue.message}`];
}

export type ParsedEligibilityFacts = { ok: true; facts: EligibilityFacts } | { ok: false; problems: string[] };

/** Validates the `eligibility` object; every problem names its field under `field`. */
export function parseEligibilityFacts(raw: unknown, field = "eligibility"): ParsedEligibilityFacts {
  const parsed = EligibilityFactsSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap((issue) => describeEligibilityIssue(issue, field)) };
  return { ok: true, facts: parsed.data };
}
