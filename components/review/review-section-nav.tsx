import Link from "next/link";
import type { Section } from "@/lib/lke/sections";

export function ReviewSectionNav({ assessmentId, sections, current }: { assessmentId: string; sections: Section[]; current: string }) {
  return (
    <nav aria-label="Area LKE" className="mb-4 overflow-x-auto">
      <ul className="flex gap-1 whitespace-nowrap">
        {sections.map((s) => (
          <li key={s.key}>
            <Link
              href={`/tpi/penilaian/${assessmentId}/${s.key}`}
              aria-current={s.key === current ? "page" : undefined}
              className={`block rounded-md px-3 py-1.5 text-sm ${s.key === current ? "bg-brand-700 font-semibold text-white" : "bg-white text-slate-700 hover:bg-brand-50"}`}
            >
              {s.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
