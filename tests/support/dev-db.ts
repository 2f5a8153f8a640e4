// A persistent, migrated PostgreSQL for running integration tests by hand while developing:
//   npx tsx tests/support/dev-db.ts        (prints TEST_DATABASE_URL, keeps running)
// DEV_TEST_PG_PORT and DEV_TEST_PG_DIR let several checkouts keep one each.
// `npm test` does not use it; it starts its own throw-away server.
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { MIGRATIONS_DIR } from "@/lib/db/prepare";
import { installJobQueue } from "@/lib/jobs/install-queue";

const port = Number(process.env.DEV_TEST_PG_PORT ?? 54397);
const db = await startEmbeddedPostgres({ dataDir: process.env.DEV_TEST_PG_DIR ?? "/tmp/portal-zi-dev-test/postgres", port });
await db.createDatabase("portal_zi_test");
await migrateDatabase({ connectionString: db.url("portal_zi_test"), migrationsDir: MIGRATIONS_DIR });
await installJobQueue({ connectionString: db.url("portal_zi_test") });
process.stdout.write(`TEST_DATABASE_URL=${db.url("portal_zi_test")}\n`);
process.stdout.write(`TEST_ADMIN_DATABASE_URL=${db.url("postgres")}\n`);
process.on("SIGINT", () => void db.stop().then(() => process.exit(0)));
setInterval(() => undefined, 1 << 30);
