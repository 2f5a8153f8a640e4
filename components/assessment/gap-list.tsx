import Link from "next/link";
import { formatNumber } from "@/lib/format";

export type GapItem = { question: string; gain: number; answered: boolean; href: string; text: string };

/** Where the most points are: the best answer of each question adds `gain` to the total. */
export function GapList({ gaps }: { gaps: GapItem[] }) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="celah">
      <h2 id="celah" className="font-semibold">Peluang menambah nilai</h2>
      {gaps.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Semua pertanyaan sudah mendapat jawaban terbaik.</p>
      ) : (
        <ol className="mt-2 space-y-2 text-sm">
          {gaps.map((g) => (
            <li key={g.question}>
              <Link href={g.href} className="font-medium text-brand-700 underline">{g.question}</Link>{" "}
              <span className="text-slate-700">{g.text.length > 110 ? `${g.text.slice(0, 110)}…` : g.text}</span>
              <p className="text-slate-600">
                {g.answered ? "Jawaban terbaik" : "Menjawab dengan jawaban terbaik"} untuk pertanyaan ini menambah{" "}
                <strong>{formatNumber(g.gain)} poin</strong>.
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
