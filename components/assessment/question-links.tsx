import Link from "next/link";

type Props = { title: string; codes: string[]; href: (code: string) => string; tone: "error" | "warning" };

export function QuestionLinks({ title, codes, href, tone }: Props) {
  const colors = codes.length === 0 ? "border-emerald-200 bg-emerald-50" : tone === "error" ? "border-red-200 bg-red-50" : "border-amber-200 bg-amber-50";
  return (
    <section className={`rounded-xl border p-4 ${colors}`}>
      <h2 className="font-semibold">{title}</h2>
      {codes.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2">
          {codes.map((code) => (
            <li key={code}>
              <Link href={href(code)} className="rounded bg-white px-2 py-0.5 font-mono text-xs underline">{code}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
