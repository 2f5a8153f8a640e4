import Link from "next/link";
import { type Column, DataTable } from "@/components/ui/data-table";
import type { UserListItem } from "@/lib/admin/users/queries";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { UserStatusBadge } from "./user-status-badge";

const title: Column<UserListItem> = {
  header: "Nama",
  cell: (user) => (
    <Link href={`/admin/users/${user.id}`} className="text-brand-700 underline-offset-2 hover:underline">
      {user.name}
    </Link>
  ),
};

function columns(now: Date, zone: TimeZoneCode): Column<UserListItem>[] {
  return [
    { header: "NIP", cell: (user) => <span className="font-mono text-xs">{user.nip ?? "—"}</span> },
    { header: "E-mail", cell: (user) => <span className="break-all">{user.email ?? "—"}</span> },
    { header: "Peran", cell: (user) => ROLE_LABELS[user.role] },
    { header: "Unit kerja", cell: (user) => user.unit?.name ?? "—" },
    { header: "Status", cell: (user) => <UserStatusBadge user={user} now={now} zone={zone} /> },
  ];
}

export function UsersTable({ users, now, zone }: { users: UserListItem[]; now: Date; zone: TimeZoneCode }) {
  return <DataTable caption="Daftar pengguna" rows={users} rowKey={(user) => user.id} title={title} columns={columns(now, zone)} />;
}
