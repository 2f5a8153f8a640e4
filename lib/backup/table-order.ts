// Orders tables so that every table comes after the tables its foreign keys point to: COPY
// into the restored database then never meets a row whose parent is not there yet. A table
// that references itself (Unit.parentId) is fine: PostgreSQL checks a non-deferred foreign key
// at the end of the COPY statement, after all of the table's rows are in.

export type ForeignKeyEdge = { child: string; parent: string };

export class TableOrderError extends Error {
  constructor(readonly tables: string[]) {
    super(`Tabel ${tables.join(", ")} saling mereferensikan dalam lingkaran; urutan pemulihan tidak dapat ditentukan.`);
    this.name = "TableOrderError";
  }
}

/** Parents before children; otherwise alphabetical, so the same schema always gives the same order. */
export function orderTablesByDependency(tables: string[], edges: ForeignKeyEdge[]): string[] {
  const known = new Set(tables);
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of edges) {
    if (child !== parent && known.has(child) && known.has(parent)) parents.get(child)!.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  const remaining = [...tables].sort();
  while (remaining.length > 0) {
    const next = remaining.findIndex((t) => [...parents.get(t)!].every((p) => placed.has(p)));
    if (next < 0) throw new TableOrderError(remaining);
    const [table] = remaining.splice(next, 1);
    ordered.push(table!);
    placed.add(table!);
  }
  return ordered;
}

/** The first table in `order` that comes before a table it references, or null when the order is safe. */
export function firstOutOfOrder(order: string[], edges: ForeignKeyEdge[]): { child: string; parent: string } | null {
  const position = new Map(order.map((t, i) => [t, i]));
  for (const { child, parent } of edges) {
    const [c, p] = [position.get(child), position.get(parent)];
    if (c === undefined || child === parent) continue;
    if (p === undefined || p > c) return { child, parent };
  }
  return null;
}
