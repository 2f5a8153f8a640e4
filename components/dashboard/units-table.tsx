import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { DashboardRow } from "@/lib/dashboard/rows";
import { STATE_LABELS, formatNumber } from "@/lib/format";
import { EligibilityLines } from "@/components/eligibility/eligibility-lines";
import { BASIS_LABELS, readinessLabel } from "./labels";

function TpiScore({ row }: { row: DashboardRow }) {
  if (!row.tpi) return <span className="text-slate-500">belum dinilai</span>;
  return (
    <span>
      <span className="font-semibold tabular-nums">{formatNumber(row.tpi.total)}</span>{" "}
      <span className="text-xs text-slate-600">
        {row.tpi.basis === "FINAL" ? "(final)" : `(sementara, ${row.tpi.answered}/${row.tpi.questions} dinilai)`}
      </span>
    </span>
  );
}

/** The units given (one page of the list): state, both scores, the predicate and what still fails. */
export function UnitsTable({ rows, year }: { rows: DashboardRow[]; year: number }) {
  return (
    <DataTable
      caption="Nilai unit kerja pada periode ini"
      rows={rows}
      rowKey={(r) => r.assessmentId}
      title={{
        header: "Unit kerja",
        cell: (r) => (
          <Link href={`/dasbor/unit/${r.unitId}?tahun=${year}`} className="text-brand-700 underline" data-testid="dashboard-unit-link">
            {r.unitName}
          </Link>
        ),
      }}
      columns={[
        { header: "Status", cell: (r) => <Badge tone={r.state === "FINAL" ? "green" : r.state === "RETURNED" ? "amber" : "slate"}>{STATE_LABELS[r.state]}</Badge> },
        { header: "Nilai unit", cell: (r) => <span className="tabular-nums">{formatNumber(r.unit.total)}</span>, className: "text-right" },
        { header: "Nilai TPI", cell: (r) => <TpiScore row={r} /> },
        {
          header: "Usulan",
          cell: (r) => (
            <span>
              <Badge tone={r.target ? (r.basis === "FINAL" ? "green" : "amber") : "red"}>{readinessLabel(r)}</Badge>
              <span className="block text-xs text-slate-600">{BASIS_LABELS[r.basis]}</span>
            </span>
          ),
        },
        { header: "Syarat usulan per sasaran", cell: (r) => <EligibilityLines eligibility={r.eligibility} estimate={r.basis !== "FINAL"} lockedUntil={r.lockedUntil} limit={2} /> },
      ]}
    />
  );
}
