import { assertLocalDatabase } from "./assert-local-database";

// Integration tests run against the real PostgreSQL that scripts/test.ts starts and
// migrates (or tests/support/dev-db.ts while developing).
const url = process.env.TEST_DATABASE_URL;
if (!url) {
  throw new Error("TEST_DATABASE_URL belum diatur: jalankan `npm test`, atau `npx tsx tests/support/dev-db.ts` untuk basis data uji lokal.");
}
assertLocalDatabase(url);
