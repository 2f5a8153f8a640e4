import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { UnitListItem } from "@/lib/admin/units/queries";
import { UNIT_KIND_LABELS } from "@/lib/admin/units/schemas";

const title: Column<UnitListItem> = {
  header: "Nama unit",
  cell: (unit) => (
    <Link href={`/admin/units/${unit.id}`} className="text-brand-700 underline-offset-2 hover:underline">
      {unit.name}
    </Link>
  ),
};

const columns: Column<UnitListItem>[] = [
  { header: "Kode", cell: (unit) => <span className="font-mono text-xs">{unit.code}</span> },
  { header: "Jenis", cell: (unit) => UNIT_KIND_LABELS[unit.kind] },
  { header: "Unit induk", cell: (unit) => unit.parent?.name ?? "—" },
  { header: "Status", cell: (unit) => (unit.active ? <Badge tone="green">Aktif</Badge> : <Badge>Nonaktif</Badge>) },
  {
    header: "Pengguna",
    className: "whitespace-nowrap",
    cell: (unit) => (unit.userCount === unit.activeUserCount ? unit.userCount : `${unit.userCount} (${unit.activeUserCount} aktif)`),
  },
];

export function UnitsTable({ units }: { units: UnitListItem[] }) {
  return <DataTable caption="Daftar unit kerja" rows={units} rowKey={(unit) => unit.id} title={title} columns={columns} />;
}
