import Link from "next/link";

/** "Tabel ringkas | Kartu per area": the two ways to fill in (or review) the same LKE. */
export function ViewSwitch({ basePath, current, firstSection = "mp" }: { basePath: string; current: "table" | "cards"; firstSection?: string }) {
  const link = (active: boolean) => `rounded-md px-3 py-1.5 text-sm ${active ? "bg-slate-800 font-semibold text-white" : "bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100"}`;
  return (
    <nav aria-label="Tampilan LKE" className="mb-3 flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-700">Tampilan:</span>
      <Link href={`${basePath}/tabel`} aria-current={current === "table" ? "page" : undefined} className={link(current === "table")}>Tabel ringkas (seluruh LKE)</Link>
      <Link href={`${basePath}/${firstSection}`} aria-current={current === "cards" ? "page" : undefined} className={link(current === "cards")}>Kartu per area</Link>
    </nav>
  );
}
