import { addCalendarYears, formatIsoDate } from "./calendar";
import {
  type ConditionKey,
  type ConditionLevel,
  type ConditionOutcome,
  type ConditionState,
  type EligibilityInput,
  GRADES,
  type Grade,
  type InstansiKindGroup,
  type Target,
} from "./types";

// Tabel 5 "Syarat Pengusulan ZI" as amended by PermenPAN-RB 5/2024 (Lampiran II Bab II A, page 4),
// one outcome per row in the table's order. Data that is not there is MISSING ("belum diisi"),
// never met.

type TargetRequirements = {
  sakip: Grade;
  indeksRb: Record<InstansiKindGroup, Grade>;
  sakipInternal: Grade;
  ziSince: "ziSinceWbk" | "ziSinceWbbm";
};

/** PermenPAN-RB 5/2024 page 4, the columns "Menuju WBK" and "Menuju WBBM". */
export const TABEL_5: Record<Target, TargetRequirements> = {
  WBK: { sakip: "B", indeksRb: { PEMDA: "CC", KL: "B" }, sakipInternal: "B", ziSince: "ziSinceWbk" },
  WBBM: { sakip: "BB", indeksRb: { PEMDA: "B", KL: "BB" }, sakipInternal: "BB", ziSince: "ziSinceWbbm" },
};
/** "Level Maturitas SPIP Minimal Level 3" (page 4). */
export const SPIP_MIN_LEVEL = 3;
/** "Tingkat Penyelesaian Tindak Lanjut … 100%" (page 4): 99,99% is not 100%. */
export const FOLLOW_UP_PERCENT = 100;
/** "… minimal satu tahun" (page 4). */
export const ZI_MIN_YEARS = 1;

export const MISSING_TEXT = "belum diisi";

/** Grades best first (GRADES): AA > A > BB > B > CC > C > D. */
export function meetsGrade(actual: Grade, min: Grade): boolean {
  return GRADES.indexOf(actual) <= GRADES.indexOf(min);
}

const percentFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
const yesNo = (value: boolean) => (value ? "ya" : "tidak");

function outcome(level: ConditionLevel, condition: ConditionKey, state: ConditionState, actual: string, required: string): ConditionOutcome {
  return { level, condition, state, actual, required };
}

function missing(level: ConditionLevel, condition: ConditionKey, required: string): ConditionOutcome {
  return outcome(level, condition, "MISSING", MISSING_TEXT, required);
}

function graded(level: ConditionLevel, condition: ConditionKey, actual: Grade | null, min: Grade): ConditionOutcome {
  const required = `minimal ${min}`;
  if (actual === null) return missing(level, condition, required);
  return outcome(level, condition, meetsGrade(actual, min) ? "MET" : "UNMET", actual, required);
}

function affirmed(condition: ConditionKey, value: boolean | null): ConditionOutcome {
  if (value === null) return missing("UNIT", condition, "ya");
  return outcome("UNIT", condition, value ? "MET" : "UNMET", yesNo(value), "ya");
}

function ziOneYear(since: string | null, asOf: string): ConditionOutcome {
  const required = `minimal satu tahun pada tanggal usulan (${formatIsoDate(asOf)})`;
  if (since === null) return missing("UNIT", "ziOneYear", required);
  const anniversary = addCalendarYears(since, ZI_MIN_YEARS);
  const actual = `sejak ${formatIsoDate(since)}; genap satu tahun pada ${formatIsoDate(anniversary)}`;
  return outcome("UNIT", "ziOneYear", anniversary <= asOf ? "MET" : "UNMET", actual, required);
}

const LHKPN_LHKASN_ACTUAL: Record<ConditionState, string> = { MET: "100%", UNMET: "kurang dari 100%", MISSING: MISSING_TEXT };

/** Every Tabel 5 condition for one target, in the table's order (instansi first, then unit). */
export function evaluateTabel5(input: EligibilityInput, target: Target): ConditionOutcome[] {
  const { instansi, unit, asOf } = input;
  const needs = TABEL_5[target];
  const { opiniBpk, spipLevel } = instansi;
  const { followUpPercent } = unit;
  return [
    opiniBpk === null
      ? missing("INSTANSI", "opiniBpk", "minimal WTP")
      : outcome("INSTANSI", "opiniBpk", opiniBpk === "WTP" ? "MET" : "UNMET", opiniBpk, "minimal WTP"),
    graded("INSTANSI", "sakip", instansi.sakip, needs.sakip),
    graded("INSTANSI", "indeksRb", instansi.indeksRb, needs.indeksRb[instansi.kind]),
    spipLevel === null
      ? missing("INSTANSI", "spip", `minimal level ${SPIP_MIN_LEVEL}`)
      : outcome("INSTANSI", "spip", spipLevel >= SPIP_MIN_LEVEL ? "MET" : "UNMET", `level ${spipLevel}`, `minimal level ${SPIP_MIN_LEVEL}`),
    affirmed("coreService", unit.coreService),
    affirmed("significantImpact", unit.significantImpact),
    followUpPercent === null
      ? missing("UNIT", "followUp", `${FOLLOW_UP_PERCENT}%`)
      : outcome("UNIT", "followUp", followUpPercent >= FOLLOW_UP_PERCENT ? "MET" : "UNMET", `${percentFormat.format(followUpPercent)}%`, `${FOLLOW_UP_PERCENT}%`),
    outcome("UNIT", "lhkpnLhkasn", input.lhkpnLhkasn, LHKPN_LHKASN_ACTUAL[input.lhkpnLhkasn], "100%"),
    ziOneYear(unit[needs.ziSince], asOf),
    graded("UNIT", "sakipInternal", unit.sakipInternal, needs.sakipInternal),
  ];
}
