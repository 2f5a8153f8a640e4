import { buttonClass } from "@/components/ui/button";

// Download links of the official exports. A plain <a download>: the route answers with
// Content-Disposition: attachment, so the browser saves the file and stays on the page.

type Props = { assessmentId?: string; year?: number };

const LINK = buttonClass("secondary", "min-h-9 px-3 py-1.5");

export function ExportButtons({ assessmentId, year }: Props) {
  if (!assessmentId && year === undefined) return null;
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label="Unduh dokumen">
      {assessmentId && (
        <>
          <a className={LINK} href={`/api/exports/lke/${assessmentId}`} download data-testid="export-lke">Unduh LKE (Excel)</a>
          <a className={LINK} href={`/api/exports/lhe/${assessmentId}`} download data-testid="export-lhe">Unduh LHE (PDF)</a>
          <a className={LINK} href={`/api/exports/lhe/${assessmentId}?format=docx`} download data-testid="export-lhe-docx">Unduh LHE (Word)</a>
        </>
      )}
      {year !== undefined && (
        <a className={LINK} href={`/api/exports/period/${year}.csv`} download data-testid="export-period-csv">Unduh dasbor (CSV)</a>
      )}
    </div>
  );
}
