import "server-only";
import pg from "pg";
import type { ForeignKeyEdge } from "./table-order";

// What the public schema holds, read from PostgreSQL's catalog rather than from a list in the
// code, so that tables added by later migrations (the audit tables may change shape) are
// backed up and restored without touching this module.

export type CatalogTable = { name: string; partitioned: boolean; columns: string[] };

export const quoteIdent = (name: string) => pg.escapeIdentifier(name);
export const qualified = (name: string) => `${quoteIdent("public")}.${quoteIdent(name)}`;

/** Every table of the public schema (partitions are read through their parent). */
export async function listTables(client: pg.ClientBase): Promise<CatalogTable[]> {
  const { rows } = await client.query<{ name: string; partitioned: boolean; columns: string[] }>(`
    SELECT c.relname AS name, c.relkind = 'p' AS partitioned,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     GROUP BY c.oid, c.relname, c.relkind
     ORDER BY c.relname`);
  return rows;
}

export async function listForeignKeys(client: pg.ClientBase): Promise<ForeignKeyEdge[]> {
  const { rows } = await client.query<ForeignKeyEdge>(`
    SELECT child.relname AS child, parent.relname AS parent
      FROM pg_constraint con
      JOIN pg_class child ON child.oid = con.conrelid
      JOIN pg_class parent ON parent.oid = con.confrelid
     WHERE con.contype = 'f' AND con.connamespace = 'public'::regnamespace`);
  return rows;
}

export async function listSequences(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
  return rows.map((r) => r.name);
}

/** How many tables the public schema has, and one of their names for the message. */
export async function describePublicTables(client: pg.ClientBase): Promise<{ count: number; example: string | null }> {
  const { rows } = await client.query<{ count: string; example: string | null }>(
    `SELECT count(*) AS count, min(tablename) AS example FROM pg_tables WHERE schemaname = 'public'`,
  );
  return { count: Number(rows[0]!.count), example: rows[0]!.example };
}
