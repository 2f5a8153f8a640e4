import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getPeriodRows } from "@/lib/dashboard/period-dashboard";
import { findDashboardPeriod } from "@/lib/dashboard/periods";
import type { DashboardRow, ReadinessBasis } from "@/lib/dashboard/rows";
import type { Db } from "@/lib/db/create-client";
import { STATE_LABELS } from "@/lib/format";
import { describeEligibility } from "@/lib/eligibility/labels";
import { type ExportFile, exportFileName } from "./file-names";
import { buildPeriodCsv, type PeriodCsvRow } from "./period-csv";
import { BASIS_LABELS, formatCheckValue, predicateLabel, type ResultSummary } from "./result-summary";

type PeriodExportOptions = { db: Db; user: SessionUser; year: number };

const BASIS: Record<ReadinessBasis, ResultSummary["basis"]> = { FINAL: "final", TPI: "tpi", UNIT: "unit" };

/** One dashboard row as a CSV row: the same numbers, basis, result and unmet checks as on screen. */
function csvRow(row: DashboardRow): PeriodCsvRow {
  return {
    unitName: row.unitName,
    stateLabel: STATE_LABELS[row.state],
    unitTotal: row.unit.total,
    tpiTotal: row.tpi?.total ?? null,
    basisLabel: BASIS_LABELS[BASIS[row.basis]],
    predicateLabel: predicateLabel(row.target),
    proposal: { WBK: describeEligibility(row.eligibility.WBK, "WBK").headline, WBBM: describeEligibility(row.eligibility.WBBM, "WBBM").headline },
    areaPercents: (row.tpi ?? row.unit).areas,
    failing: [...row.failing.map((c) => `${c.label}: ${formatCheckValue(c.actual)} (syarat ${formatCheckValue(c.required)})`), ...row.unmetPrerequisites],
  };
}

/**
 * The period dashboard as CSV, one row per unit the user may see (lib/dashboard's rows and
 * scope); "forbidden" for an OPERATOR (the dashboard is not theirs), null when the period does
 * not exist.
 */
export async function getPeriodCsvExport({ db, user, year }: PeriodExportOptions): Promise<ExportFile | null | "forbidden"> {
  if (user.role === "OPERATOR") return "forbidden";
  const period = await findDashboardPeriod({ db, year });
  if (!period) return null;
  const rows = await getPeriodRows({ db, user, period });
  if (!rows) return "forbidden";
  return { fileName: exportFileName("Dasbor-ZI", null, year, "csv"), kind: "csv", body: buildPeriodCsv(rows.map(csvRow)) };
}
