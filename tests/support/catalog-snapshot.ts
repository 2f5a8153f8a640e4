import { query } from "./scratch-db";

// What the schema of a database is, as comparable text lines: enums, columns (type,
// nullability, default), constraints and indexes of the public schema. Two databases
// built different ways (migrations vs. schema.prisma) must give the same lines. Triggers,
// constraint triggers included (contype 't'), are written by hand in migrations and have no
// schema.prisma form, so they are not compared.

const QUERIES: Record<string, string> = {
  enum: `SELECT t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE n.nspname = 'public' GROUP BY t.typname`,
  column: `SELECT c.table_name || '.' || c.column_name || ' ' || format_type(a.atttypid, a.atttypmod)
                  || CASE WHEN c.is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END
                  || COALESCE(' DEFAULT ' || c.column_default, '') AS line
           FROM information_schema.columns c
           JOIN pg_attribute a ON a.attrelid = ('"public"."' || c.table_name || '"')::regclass AND a.attname = c.column_name
           WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'`,
  constraint: `SELECT rel.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid) AS line
               FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
               WHERE n.nspname = 'public' AND rel.relname <> '_prisma_migrations' AND con.contype <> 't'`,
  index: `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
};

export async function catalogSnapshot(url: string): Promise<string[]> {
  const lines: string[] = [];
  for (const [kind, sql] of Object.entries(QUERIES)) {
    const rows = await query<{ line: string }>(url, sql);
    lines.push(...rows.map((r) => `${kind} ${r.line}`));
  }
  return lines.sort();
}
