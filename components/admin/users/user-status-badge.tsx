import { Badge } from "@/components/ui/badge";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { formatDateTime } from "@/lib/format";

type Props = { user: { active: boolean; lockedUntil: Date | null }; now: Date; zone: TimeZoneCode };

/** Aktif / Nonaktif, and "terkunci sampai …" while failed sign-ins keep the account locked. */
export function UserStatusBadge({ user, now, zone }: Props) {
  const locked = user.lockedUntil && user.lockedUntil > now;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {user.active ? <Badge tone="green">Aktif</Badge> : <Badge>Nonaktif</Badge>}
      {locked && user.lockedUntil && <Badge tone="amber">Terkunci sampai {formatDateTime(user.lockedUntil, zone)}</Badge>}
    </span>
  );
}
