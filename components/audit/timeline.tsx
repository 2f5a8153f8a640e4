import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { questionCodeOf } from "@/lib/audit/action-labels";
import { describeEvent } from "@/lib/audit/describe-event";
import type { TimelineEvent } from "@/lib/audit/queries";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { TimeZoneCode } from "@/lib/db/generated/enums";
import type { LkeVersion } from "@/lib/lke/schema";
import { formatDateTimeZoned } from "@/lib/format";

type Props = {
  events: readonly TimelineEvent[];
  /** The LKE of the assessment, to write answers by their option and count labels. */
  lke: LkeVersion;
  /** Question texts by code, for the questions the events name. */
  questionTexts: Readonly<Record<string, string>>;
  /** The address of the next, older page; null on the last one. */
  moreHref: string | null;
  /** Shown when this page continues an earlier one. */
  newestHref: string | null;
  /** The instansi's time zone, in which the times are shown. */
  zone: TimeZoneCode;
};

/** The audit trail of one assessment as a readable list, newest first. */
export function Timeline({ events, lke, questionTexts, moreHref, newestHref, zone }: Props) {
  if (events.length === 0) {
    return <EmptyState title="Belum ada riwayat">Perubahan pada penilaian ini akan tercatat di sini.</EmptyState>;
  }
  return (
    <div className="space-y-4">
      {newestHref && <Link href={newestHref} className="text-sm underline">Kembali ke perubahan terbaru</Link>}
      <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" aria-label="Riwayat perubahan, terbaru di atas">
        {events.map((event) => (
          <TimelineItem key={event.id} event={event} lke={lke} questionTexts={questionTexts} zone={zone} />
        ))}
      </ol>
      {moreHref && <Link href={moreHref} className={buttonClass("secondary")}>Muat lebih banyak</Link>}
    </div>
  );
}

function TimelineItem({ event, lke, questionTexts, zone }: { event: TimelineEvent; lke: LkeVersion; questionTexts: Readonly<Record<string, string>>; zone: TimeZoneCode }) {
  const question = questionCodeOf(event);
  const { action, detail: change } = describeEvent(event, lke);
  const questionText = question ? questionTexts[question] : undefined;
  return (
    <li className="grid gap-1 p-4 text-sm sm:grid-cols-[11rem_1fr] sm:gap-4" data-testid="timeline-event">
      <time dateTime={event.at.toISOString()} className="text-slate-600">{formatDateTimeZoned(event.at, zone)}</time>
      <div className="min-w-0 space-y-1">
        <p>
          <span className="font-semibold">{event.actor?.name ?? "Sistem"}</span>
          {event.actor && <span className="text-slate-600"> ({ROLE_LABELS[event.actor.role]})</span>}{" "}
          {action}
        </p>
        {question && (
          <p className="text-slate-700">
            Pertanyaan <span className="font-mono">{question}</span>
            {questionText && <span className="text-slate-600"> — {truncate(questionText, 120)}</span>}
          </p>
        )}
        {change && <p className="break-words font-medium text-slate-900">{change}</p>}
      </div>
    </li>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
