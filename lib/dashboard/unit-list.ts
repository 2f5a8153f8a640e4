import type { AssessmentState } from "@/lib/db/generated/enums";
import type { ListRow } from "./rows";

// Pure: the period dashboard's unit list as the address asks for it (?cari=&status=&kesiapan=
// &urut=&halaman=). The page renders one page of it, so its markup does not grow with the period.

export const UNIT_LIST_PAGE_SIZE = 20;
const SEARCH_MAX_LENGTH = 100;

/** siap: FINAL and may be proposed; perkiraan: not final, meets Tabel 6 so far; belum: neither. */
export type Readiness = "siap" | "perkiraan" | "belum";
export type UnitSort = "nilai" | "nama";
export type UnitListQuery = {
  /** Trimmed; "" lists every unit. */
  search: string;
  state: AssessmentState | null;
  readiness: Readiness | null;
  sort: UnitSort;
  /** 1-based as asked; listUnitPage clamps it to the pages there are. */
  page: number;
};
export type SearchParams = Record<string, string | string[] | undefined>;

export const DEFAULT_UNIT_LIST_QUERY: UnitListQuery = { search: "", state: null, readiness: null, sort: "nilai", page: 1 };

const STATES: readonly AssessmentState[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "RETURNED", "FINAL"];
const READINESS: readonly Readiness[] = ["siap", "perkiraan", "belum"];
const SORTS: readonly UnitSort[] = ["nilai", "nama"];

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(allowed: readonly T[], value: string | undefined): T | null =>
  allowed.find((a) => a === value) ?? null;

/** Leniently: anything unknown or malformed falls back to the default, never to an error page. */
export function parseUnitListQuery(params: SearchParams): UnitListQuery {
  const page = Number(first(params.halaman));
  return {
    search: (first(params.cari) ?? "").trim().slice(0, SEARCH_MAX_LENGTH),
    state: oneOf(STATES, first(params.status)),
    readiness: oneOf(READINESS, first(params.kesiapan)),
    sort: oneOf(SORTS, first(params.urut)) ?? DEFAULT_UNIT_LIST_QUERY.sort,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** Whether the query narrows the list (sorting and paging do not). */
export function isFiltered(query: UnitListQuery): boolean {
  return query.search !== "" || query.state !== null || query.readiness !== null;
}

export type UnitPage<T extends ListRow = ListRow> = {
  rows: T[];
  /** Units matching the filter, over all pages. */
  total: number;
  /** The page shown, clamped to 1…pageCount. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last row shown; 0 and 0 when nothing matches. */
  from: number;
  to: number;
};

// Numbers in names the way a reader counts them: "Kecamatan 2" before "Kecamatan 10".
const collator = new Intl.Collator("id", { numeric: true });
const byName = (a: ListRow, b: ListRow) => collator.compare(a.unitName, b.unitName) || collator.compare(a.unitCode, b.unitCode);

function matches(row: ListRow, query: UnitListQuery, needle: string): boolean {
  if (query.state && row.state !== query.state) return false;
  if (query.readiness === "siap" && (row.target === null || row.basis !== "FINAL")) return false;
  if (query.readiness === "perkiraan" && (row.target === null || row.basis === "FINAL")) return false;
  if (query.readiness === "belum" && row.target !== null) return false;
  return needle === "" || row.unitName.toLowerCase().includes(needle) || row.unitCode.toLowerCase().includes(needle);
}

/** Filter, sort (best judged total first, or by name) and cut out one page of the period's rows. */
export function listUnitPage<T extends ListRow>(rows: readonly T[], query: UnitListQuery, pageSize = UNIT_LIST_PAGE_SIZE): UnitPage<T> {
  const needle = query.search.toLowerCase();
  const matching = rows.filter((r) => matches(r, query, needle));
  const sorted = matching.sort(query.sort === "nama" ? byName : (a, b) => b.judgedTotal - a.judgedTotal || byName(a, b));
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  const page = Math.min(query.page, pageCount);
  const start = (page - 1) * pageSize;
  const shown = sorted.slice(start, start + pageSize);
  return { rows: shown, total: sorted.length, page, pageCount, from: shown.length ? start + 1 : 0, to: start + shown.length };
}
