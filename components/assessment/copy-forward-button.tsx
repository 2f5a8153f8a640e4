"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { copyForwardAction } from "@/lib/assessment/copy-forward-action";

type Props = { assessmentId: string; sourceYear: number; answerCount: number };
type Outcome = { tone: "success" | "error"; text: string };

const OFFLINE = "Tidak dapat menghubungi server. Periksa koneksi Anda lalu coba lagi.";

/**
 * "Mulai dari jawaban tahun <year>": asks first, then copies last year's answers and bukti dukung
 * into this empty LKE, tells what was copied and skipped, and reloads the page's data.
 */
export function CopyForwardButton({ assessmentId, sourceYear, answerCount }: Props) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const copy = async () => {
    setOutcome(null);
    const result = await copyForwardAction({ assessmentId }).catch(() => null);
    if (!result) return setOutcome({ tone: "error", text: OFFLINE });
    if (!result.ok) return setOutcome({ tone: "error", text: result.error });
    const { answers, evidence, skipped } = result.data;
    const skippedText = skipped > 0 ? ` ${skipped} jawaban tidak disalin karena pertanyaan atau pilihannya tidak ada lagi di LKE tahun ini.` : "";
    setOutcome({
      tone: "success",
      text: `${answers} jawaban dan ${evidence} bukti dukung disalin dari tahun ${sourceYear}.${skippedText} Semua isian salinan ditandai “perlu dicek ulang”.`,
    });
    router.refresh();
  };

  return (
    <div className="space-y-3">
      <ConfirmButton
        label={`Mulai dari jawaban tahun ${sourceYear}`}
        title={`Salin jawaban tahun ${sourceYear}?`}
        description={
          <>
            {answerCount} jawaban beserta catatan dan bukti dukungnya disalin ke LKE ini. Setiap isian salinan ditandai “perlu dicek ulang”:
            periksa kembali bahwa jawaban dan bukti dukung masih berlaku untuk tahun ini sebelum mengajukan LKE.
          </>
        }
        confirmLabel="Ya, salin jawaban"
        onConfirm={copy}
      />
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
    </div>
  );
}
