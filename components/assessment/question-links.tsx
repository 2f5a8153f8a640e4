import Link from "next/link";
import type { LkeVersion } from "@/lib/lke/schema";
import { listSections } from "@/lib/lke/sections";

type Props = { title: string; codes: string[]; lke: LkeVersion; href: (code: string) => string; tone: "error" | "warning" };

/** Questions to act on (unanswered, without bukti dukung, not yet valued): by area, each with its text and a link to it. */
export function QuestionLinks({ title, codes, lke, href, tone }: Props) {
  const colors = codes.length === 0 ? "border-emerald-200 bg-emerald-50" : tone === "error" ? "border-red-200 bg-red-50" : "border-amber-200 bg-amber-50";
  const wanted = new Set(codes);
  const groups = listSections(lke)
    .map((section) => ({ key: section.key, name: section.name, questions: section.groups.flatMap((g) => g.questions).filter((q) => wanted.has(q.code)) }))
    .filter((g) => g.questions.length > 0);
  return (
    <section className={`rounded-xl border p-4 ${colors}`}>
      <h2 className="font-semibold">{title}</h2>
      {groups.map((group) => (
        <div key={group.key} className="mt-3">
          <h3 className="text-sm font-semibold">{group.name} ({group.questions.length})</h3>
          <ul className="mt-1 space-y-1">
            {group.questions.map((q) => (
              <li key={q.code} className="text-sm">
                <Link href={href(q.code)} className="underline decoration-slate-400 hover:decoration-current">
                  <span className="mr-2 font-mono text-xs">{q.code}</span>
                  <span className="line-clamp-2 inline">{q.text}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
