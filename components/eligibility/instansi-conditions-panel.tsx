import { formatFileSize } from "@/lib/evidence/format";
import { formatDay } from "@/lib/format";
import { CONDITION_LABELS, conditionValueLabel } from "@/lib/instansi/condition-schemas";
import type { PeriodConditions } from "@/lib/instansi/conditions";

type Props = { conditions: PeriodConditions; headingLevel?: "h2" | "h3" };

/**
 * The instansi-level Tabel 5 values of a period (PermenPAN-RB 5/2024 page 4), read-only, each with
 * the document it comes from, and the day proposals are judged on. For TPI and leaders; ADMIN
 * edits them on /admin/periods/<id>/tabel5.
 */
export function InstansiConditionsPanel({ conditions, headingLevel: Heading = "h2" }: Props) {
  const { rows, proposalDay, proposalDeadline, period } = conditions;
  const missing = rows.filter((r) => r.condition === null).length;
  return (
    <section aria-labelledby="tabel5-instansi" className="rounded-xl border border-slate-200 bg-white p-4" data-testid="instansi-conditions">
      <Heading id="tabel5-instansi" className="font-semibold">Prasyarat Tabel 5 tingkat instansi — {period.year}</Heading>
      <p className="mt-1 text-sm text-slate-600">
        Batas pengusulan ke TPN: <strong>{formatDay(proposalDay)}</strong>
        {proposalDeadline === null ? " (bawaan 31 Mei, PermenPAN-RB 5/2024)" : " (ditetapkan TPN)"}
        {missing > 0 ? ` · ${missing} nilai belum diisi Bagian Organisasi` : ""}
      </p>
      <dl className="mt-3 divide-y divide-slate-100 text-sm">
        {rows.map(({ key, condition }) => (
          <div key={key} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr] sm:gap-4">
            <dt className="text-slate-600">{CONDITION_LABELS[key]}</dt>
            <dd className="min-w-0 break-words" data-testid={`condition-${key}`}>
              {condition ? (
                <>
                  <strong>{conditionValueLabel(key, condition.value)}</strong>
                  <span className="text-slate-600"> — {condition.documentName}, {formatDay(condition.documentDate)}</span>
                  {condition.sourceUrl && (
                    <> · <a href={condition.sourceUrl} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">buka tautan</a></>
                  )}
                  {condition.file && (
                    <> · <a href={`/api/tabel5/${condition.id}`} className="text-brand-700 underline">{condition.file.name}</a> <span className="text-slate-600">({formatFileSize(condition.file.size)})</span></>
                  )}
                </>
              ) : (
                <span className="text-amber-800">belum diisi</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
