"use client";

import { Badge } from "@/components/ui/badge";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatFileSize } from "@/lib/evidence/format";
import { labelForMime } from "@/lib/evidence/type-policy";
import type { EvidenceItem } from "@/lib/evidence/types";

type Props = { items: readonly EvidenceItem[]; editable: boolean; onDelete: (item: EvidenceItem) => Promise<void> };

const SAFE_URL = /^https?:\/\//i;

export function EvidenceList({ items, editable, onDelete }: Props) {
  if (items.length === 0) return <p className="text-sm text-slate-600">Belum ada bukti dukung</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 p-2 text-sm">
          <div className="min-w-0 flex-1">
            {item.kind === "FILE" ? <FileEntry item={item} /> : <LinkEntry url={item.url ?? ""} />}
            {item.needsRecheck && (
              <span className="ml-0 mt-1 inline-block sm:ml-2">
                <Badge tone="amber">perlu dicek ulang</Badge>
              </span>
            )}
          </div>
          {editable && (
            <ConfirmButton
              label="Hapus"
              title="Hapus bukti dukung?"
              description={<span className="break-all">{item.fileName ?? item.url}</span>}
              confirmLabel="Hapus"
              variant="danger"
              onConfirm={() => onDelete(item)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

function FileEntry({ item }: { item: EvidenceItem }) {
  const href = `/api/evidence/${item.id}`;
  return (
    <>
      <a href={href} target="_blank" rel="noopener" className="break-all font-medium text-brand-700 underline">
        {item.fileName ?? "Berkas"}
      </a>
      <span className="block text-xs text-slate-600 sm:ml-2 sm:inline">
        {labelForMime(item.mimeType ?? "")}
        {item.size !== null && ` · ${formatFileSize(item.size)}`} ·{" "}
        <a href={`${href}?download=1`} className="underline">
          Unduh
        </a>
      </span>
    </>
  );
}

function LinkEntry({ url }: { url: string }) {
  return (
    <>
      <span className="mr-2 text-xs font-semibold uppercase text-slate-500">Tautan</span>
      {SAFE_URL.test(url) ? (
        <a href={url} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-brand-700 underline">
          {url}
        </a>
      ) : (
        <span className="break-all">{url}</span>
      )}
    </>
  );
}
