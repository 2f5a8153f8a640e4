import Link from "next/link";
import type { UnitListQuery } from "@/lib/dashboard/unit-list";
import { pageWindow, unitListHref } from "@/lib/dashboard/unit-list-links";

type Props = { query: UnitListQuery; page: number; pageCount: number; path: string; year: number };

const ITEM = "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md px-3 text-sm";
const LINK = `${ITEM} border border-slate-300 bg-white font-medium text-brand-700 hover:bg-slate-100`;

/**
 * Pages of the unit list as plain links (no JavaScript needed). Every link keeps the filter;
 * prefetching is off because each target is a full dashboard render for a page not yet asked for.
 */
export function UnitListPagination({ query, page, pageCount, path, year }: Props) {
  if (pageCount <= 1) return null;
  const href = (p: number) => unitListHref({ path, year, query: { ...query, page: p } });
  return (
    <nav aria-label="Halaman daftar unit" className="flex flex-wrap items-center gap-2">
      {page > 1 ? (
        <Link href={href(page - 1)} prefetch={false} rel="prev" className={LINK}>Sebelumnya</Link>
      ) : (
        <span aria-disabled="true" className={`${ITEM} border border-slate-200 text-slate-400`}>Sebelumnya</span>
      )}
      <ul className="flex flex-wrap items-center gap-1">
        {pageWindow(page, pageCount).map((p, i) => (
          <li key={p ?? `gap-${i}`}>
            {p === null ? (
              <span aria-hidden="true" className={`${ITEM} text-slate-500`}>…</span>
            ) : (
              <Link
                href={href(p)}
                prefetch={false}
                aria-label={`Halaman ${p}`}
                aria-current={p === page ? "page" : undefined}
                className={p === page ? `${ITEM} bg-brand-700 font-semibold text-white` : LINK}
              >
                {p}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {page < pageCount ? (
        <Link href={href(page + 1)} prefetch={false} rel="next" className={LINK}>Berikutnya</Link>
      ) : (
        <span aria-disabled="true" className={`${ITEM} border border-slate-200 text-slate-400`}>Berikutnya</span>
      )}
    </nav>
  );
}
