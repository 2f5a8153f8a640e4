import Link from "next/link";

/** The way from an assessment page to its audit trail (app/(portal)/riwayat). */
export function TimelineLink({ assessmentId, className = "text-sm underline" }: { assessmentId: string; className?: string }) {
  return (
    <Link href={`/riwayat/${assessmentId}`} className={className}>
      Riwayat perubahan
    </Link>
  );
}
