import { Badge } from "@/components/ui/badge";
import { ActionButton } from "@/components/proposal/action-button";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";
import type { ApiKeyView } from "@/lib/api-keys/queries";
import { formatDateTimeZoned } from "@/lib/format";

export function ApiKeyList({ keys, zone, now }: { keys: ApiKeyView[]; zone: TimeZoneCode; now: Date }) {
  if (keys.length === 0) return <p className="text-sm text-slate-600">Belum ada kunci API.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" aria-label="Kunci API">
      {keys.map((k) => {
        const expired = k.expiresAt !== null && k.expiresAt.getTime() <= now.getTime();
        return (
          <li key={k.id} className="flex flex-wrap items-center gap-3 py-3" data-testid="api-key">
            <strong>{k.name}</strong>
            <code className="font-mono">{k.prefix}…</code>
            <span>periode {k.year}</span>
            {k.revokedAt ? <Badge tone="red">Dicabut</Badge> : expired ? <Badge tone="amber">Kedaluwarsa</Badge> : <Badge tone="green">Aktif</Badge>}
            {k.expiresAt && <span className="text-slate-600">sampai {formatDateTimeZoned(k.expiresAt, zone)}</span>}
            <span className="text-slate-600">{k.lastUsedAt ? `terakhir dipakai ${formatDateTimeZoned(k.lastUsedAt, zone)}` : "belum pernah dipakai"}</span>
            {!k.revokedAt && <ActionButton label={`Cabut kunci ${k.name}`} variant="danger" action={revokeApiKeyAction} input={{ id: k.id }} />}
          </li>
        );
      })}
    </ul>
  );
}
