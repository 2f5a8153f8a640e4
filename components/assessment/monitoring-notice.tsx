import { TARGET_LABELS } from "@/lib/proposal/rules";

type Props = { predicate: { predicate: "WBK" | "WBBM"; year: number; decreeNumber: string } | null; audience: "unit" | "tpi" };

/**
 * Says that this LKE is also the monitoring of a predicate the unit holds (PermenPAN-RB 90/2021
 * Lampiran II Bab IV A, pages 61–62): the TPI's FINAL result is reported to the Minister and
 * compared with the criteria of that predicate.
 */
export function MonitoringNotice({ predicate, audience }: Props) {
  if (!predicate) return null;
  const held = `${TARGET_LABELS[predicate.predicate]} ${predicate.year}`;
  return (
    <section role="note" aria-label="Penilaian monitoring predikat" data-testid="monitoring-notice" className="rounded-xl border border-brand-100 bg-brand-50 p-4 text-sm">
      <p className="font-semibold">Penilaian monitoring predikat {held}</p>
      <p className="mt-1">
        {audience === "unit"
          ? `Unit Anda memegang predikat ${held} (${predicate.decreeNumber}). LKE ini juga menjadi monitoring dua tahunan oleh TPI: hasil finalnya dilaporkan kepada Menteri PANRB dengan kesimpulan masih memenuhi atau tidak memenuhi kriteria ${TARGET_LABELS[predicate.predicate]} (PermenPAN-RB 90/2021 Bab IV A).`
          : `Unit ini memegang predikat ${held} (${predicate.decreeNumber}). Saat ketua tim memfinalkan, nilai TPI dibandingkan dengan kriteria ${TARGET_LABELS[predicate.predicate]} pada Tabel 6 dan menjadi laporan monitoring kepada Menteri PANRB (PermenPAN-RB 90/2021 Bab IV A); rekomendasi TPI per halaman ikut dalam catatannya.`}
      </p>
    </section>
  );
}
