import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";

type Props = { user: { active: boolean; lockedUntil: Date | null }; now: Date };

/** Aktif / Nonaktif, and "terkunci sampai …" while failed sign-ins keep the account locked. */
export function UserStatusBadge({ user, now }: Props) {
  const locked = user.lockedUntil && user.lockedUntil > now;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {user.active ? <Badge tone="green">Aktif</Badge> : <Badge>Nonaktif</Badge>}
      {locked && user.lockedUntil && <Badge tone="amber">Terkunci sampai {formatDateTime(user.lockedUntil)}</Badge>}
    </span>
  );
}
