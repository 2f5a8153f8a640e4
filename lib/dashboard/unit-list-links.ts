import { DEFAULT_UNIT_LIST_QUERY, type UnitListQuery } from "./unit-list";

// Pure: the addresses the dashboard's list links to. Every link keeps the year and the other
// parameters, leaves defaults out so addresses stay short, and lands on the list (#daftar-unit).

export const UNIT_LIST_ANCHOR = "daftar-unit";

type HrefOptions = { path: string; year: number; query: Partial<UnitListQuery> };

/** `/dasbor?tahun=2025&status=FINAL&halaman=2#daftar-unit`: the list with that query. */
export function unitListHref({ path, year, query }: HrefOptions): string {
  const q = { ...DEFAULT_UNIT_LIST_QUERY, ...query };
  const params = new URLSearchParams({ tahun: String(year) });
  if (q.search) params.set("cari", q.search);
  if (q.state) params.set("status", q.state);
  if (q.readiness) params.set("kesiapan", q.readiness);
  if (q.sort !== DEFAULT_UNIT_LIST_QUERY.sort) params.set("urut", q.sort);
  if (q.page > 1) params.set("halaman", String(q.page));
  return `${path}?${params.toString()}#${UNIT_LIST_ANCHOR}`;
}

/**
 * The page numbers to offer: the first, the last, and `radius` either side of the current one;
 * null marks a gap ("…"). A gap of a single page shows that page instead, which is no longer.
 */
export function pageWindow(current: number, pageCount: number, radius = 2): (number | null)[] {
  const pages = new Set<number>([1, pageCount]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const page of sorted) {
    const previous = out.at(-1);
    if (typeof previous === "number" && page - previous === 2) out.push(previous + 1);
    else if (typeof previous === "number" && page - previous > 2) out.push(null);
    out.push(page);
  }
  return out;
}
