"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { deleteEvidenceAction } from "@/lib/evidence/actions";
import { megabytesToBytes } from "@/lib/evidence/format";
import type { EvidenceItem } from "@/lib/evidence/types";
import { EvidenceDropZone } from "./evidence-drop-zone";
import { EvidenceLinkForm } from "./evidence-link-form";
import { EvidenceList } from "./evidence-list";
import { UploadLines } from "./upload-lines";
import { useEvidenceUploads } from "./use-evidence-uploads";

export type EvidencePanelProps = {
  assessmentId: string;
  questionCode: string;
  /** This question's bukti dukung, from listEvidence (lib/evidence/queries.ts). */
  items: EvidenceItem[];
  /** Whether the unit may change them now (the page's unitEditRefusal is null). */
  editable: boolean;
  maxMb: number;
};

const OFFLINE = "Tidak dapat menghubungi server. Periksa koneksi Anda lalu coba lagi.";

/**
 * The bukti dukung of one question: the list, and when editable, upload (drop or pick, several
 * files one after another with progress), links and deletion. Local changes show at once; then
 * router.refresh() brings the server-rendered page (and these props) up to date.
 */
export function EvidencePanel({ assessmentId, questionCode, items, editable, maxMb }: EvidencePanelProps) {
  const router = useRouter();
  const [shown, setShown] = useState(items);
  const [fromServer, setFromServer] = useState(items);
  const [notice, setNotice] = useState<string | null>(null);
  if (items !== fromServer) {
    setFromServer(items);
    setShown(items);
  }

  const add = useCallback((item: EvidenceItem) => setShown((current) => (current.some((i) => i.id === item.id) ? current : [...current, item])), []);
  const refresh = useCallback(() => router.refresh(), [router]);
  const uploads = useEvidenceUploads({ assessmentId, questionCode, maxBytes: megabytesToBytes(maxMb), onUploaded: add, onIdle: refresh });

  const remove = async (item: EvidenceItem) => {
    setNotice(null);
    const result = await deleteEvidenceAction({ assessmentId, evidenceId: item.id }).catch(() => ({ ok: false as const, error: OFFLINE }));
    if (!result.ok) return setNotice(result.error);
    setShown((current) => current.filter((i) => i.id !== item.id));
    refresh();
  };

  return (
    <section aria-label={`Bukti dukung ${questionCode}`} className="space-y-3">
      <h4 className="text-sm font-semibold text-slate-800">Bukti dukung</h4>
      <EvidenceList items={shown} editable={editable} onDelete={remove} />
      {notice && <Alert tone="error">{notice}</Alert>}
      {editable && (
        <>
          <EvidenceDropZone maxMb={maxMb} onFiles={uploads.enqueue} />
          <UploadLines lines={uploads.lines} onDismiss={uploads.dismiss} />
          <EvidenceLinkForm
            assessmentId={assessmentId}
            questionCode={questionCode}
            onAdded={(item) => {
              add(item);
              refresh();
            }}
          />
        </>
      )}
    </section>
  );
}
