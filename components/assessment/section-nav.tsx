import Link from "next/link";
import type { Section } from "@/lib/lke/sections";
import { TabScroller } from "./tab-scroller";

/** Tabs of the LKE areas; `basePath` is the assessment's page in the caller's zone (/opd/… or /tpi/…). */
export function SectionNav({ basePath, sections, current }: { basePath: string; sections: Section[]; current: string }) {
  return (
    <TabScroller label="Area LKE">
      <ul className="flex gap-1 whitespace-nowrap">
        {sections.map((s) => (
          <li key={s.key}>
            <Link
              href={`${basePath}/${s.key}`}
              aria-current={s.key === current ? "page" : undefined}
              className={`block rounded-md px-3 py-1.5 text-sm ${s.key === current ? "bg-brand-700 font-semibold text-white" : "bg-white text-slate-700 hover:bg-brand-50"}`}
            >
              {s.name}
            </Link>
          </li>
        ))}
      </ul>
    </TabScroller>
  );
}
