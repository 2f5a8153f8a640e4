"use client";

import { useCallback, useRef, useState } from "react";
import { formatFileSize } from "@/lib/evidence/format";
import type { EvidenceItem } from "@/lib/evidence/types";
import { sendEvidenceFile } from "./send-evidence-file";

export type UploadLine = { key: string; name: string; progress: number; state: "waiting" | "uploading" | "failed"; error?: string };

type Options = { assessmentId: string; questionCode: string; maxBytes: number; onUploaded: (item: EvidenceItem) => void; onIdle: () => void };

/**
 * A queue of uploads for one question: files go one after another, each with its own line of
 * progress or error. A line disappears when its file is saved (it then shows in the list).
 */
export function useEvidenceUploads({ assessmentId, questionCode, maxBytes, onUploaded, onIdle }: Options) {
  const [lines, setLines] = useState<UploadLine[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const counter = useRef(0);

  const update = useCallback((key: string, change: Partial<UploadLine> | null) => {
    setLines((current) => (change === null ? current.filter((l) => l.key !== key) : current.map((l) => (l.key === key ? { ...l, ...change } : l))));
  }, []);

  const uploadOne = useCallback(
    async (key: string, file: File) => {
      const early = file.size === 0 ? "Berkas kosong (0 byte); pilih berkas yang berisi." : file.size > maxBytes ? `Berkas melebihi batas ukuran ${formatFileSize(maxBytes)}.` : null;
      if (early) return update(key, { state: "failed", error: early });
      update(key, { state: "uploading" });
      const outcome = await sendEvidenceFile({ assessmentId, questionCode, file, maxBytes, onProgress: (progress) => update(key, { progress }) });
      if (!outcome.ok) return update(key, { state: "failed", error: outcome.error });
      update(key, null);
      onUploaded(outcome.evidence);
    },
    [assessmentId, questionCode, maxBytes, onUploaded, update],
  );

  const enqueue = useCallback(
    (files: readonly File[]) => {
      const added = files.map((file) => ({ file, line: { key: `u${++counter.current}`, name: file.name, progress: 0, state: "waiting" as const } }));
      setLines((current) => [...current, ...added.map((a) => a.line)]);
      for (const { file, line } of added) {
        pending.current += 1;
        queue.current = queue.current
          .then(() => uploadOne(line.key, file))
          .finally(() => {
            pending.current -= 1;
            if (pending.current === 0) onIdle();
          });
      }
    },
    [uploadOne, onIdle],
  );

  const dismiss = useCallback((key: string) => update(key, null), [update]);

  return { lines, enqueue, dismiss };
}
