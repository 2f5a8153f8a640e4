"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formatNumber } from "@/lib/format";
import type { UnitYearFactView } from "@/lib/unit-facts/queries";
import { YearFactForm } from "./year-fact-form";

type Props = { unitId: string; facts: UnitYearFactView[]; defaultYear: number };

/** SAKIP internal and follow-up of findings per year (Tabel 5, judged for the period's year). */
export function YearFactsSection({ unitId, facts, defaultYear }: Props) {
  const [editing, setEditing] = useState<UnitYearFactView | null>(null);
  return (
    <section aria-labelledby="year-facts-title" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="year-facts-title" className="text-lg font-semibold">Data per tahun</h2>
      {facts.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada data per tahun. Tambahkan predikat SAKIP internal dan tindak lanjut temuan untuk tahun evaluasi.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Data per tahun</caption>
          <thead className="border-b border-slate-200 text-xs uppercase text-slate-600">
            <tr><th scope="col" className="py-2 pr-2">Tahun</th><th scope="col" className="py-2 pr-2">SAKIP internal</th><th scope="col" className="py-2 pr-2">Tindak lanjut</th><th scope="col" className="py-2"><span className="sr-only">Aksi</span></th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {facts.map((f) => (
              <tr key={f.year}>
                <th scope="row" className="py-2 pr-2 font-medium">{f.year}</th>
                <td className="py-2 pr-2">{f.sakipInternal ?? "belum diisi"}</td>
                <td className="py-2 pr-2 tabular-nums">{f.followUpPercent === null ? "belum diisi" : `${formatNumber(f.followUpPercent)}%`}</td>
                <td className="py-2 text-right"><Button variant="secondary" className="min-h-8 px-3 py-1" onClick={() => setEditing(f)} aria-label={`Ubah data tahun ${f.year}`}>Ubah</Button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <YearFactForm unitId={unitId} editing={editing} defaultYear={defaultYear} onDone={() => setEditing(null)} />
    </section>
  );
}
