import { beforeEach, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { getTestDb, resetDatabase } from "@/tests/support/db";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-data";
import { seedDatabase } from "./seed";

beforeEach(resetDatabase);

describe("seedDatabase", () => {
  it("adds the LKE version and the Kabupaten Serang demo once, and only to an empty database", async () => {
    const db = getTestDb();
    expect(await seedDatabase({ db, demo: true })).toEqual({ lkeVersionsAdded: ["pm90-2021"], demoSeeded: true });
    expect(await seedDatabase({ db, demo: true })).toEqual({ lkeVersionsAdded: [], demoSeeded: false });

    const units = await db.unit.findMany({ select: { name: true, kind: true } });
    expect(units.filter((u) => u.kind === "OPD").map((u) => u.name).sort()).toEqual([
      "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Badan Pendapatan Daerah", "Dinas Kependudukan dan Pencatatan Sipil",
      "Dinas Kesehatan", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas Pendidikan dan Kebudayaan",
      "RSUD dr. Drajat Prawiranegara",
    ]);
    const roles = await db.user.groupBy({ by: ["role"], _count: true });
    expect(Object.fromEntries(roles.map((r) => [r.role, r._count]))).toEqual({ ADMIN: 1, PIMPINAN: 2, TPI: 2, OPERATOR: 7 });
    const operatorsWithoutUnit = await db.user.count({ where: { role: "OPERATOR", unitId: null } });
    expect(operatorsWithoutUnit).toBe(0);
  });

  it("gives every demo account the documented password", async () => {
    const db = getTestDb();
    await seedDatabase({ db, demo: true });
    for (const user of DEMO_USERS.slice(0, 3)) {
      expect((await verifyCredentials({ db, identifier: user.email, password: DEMO_PASSWORD })).ok).toBe(true);
    }
  });

  it("adds no demo accounts outside demo mode", async () => {
    const db = getTestDb();
    expect(await seedDatabase({ db, demo: false })).toEqual({ lkeVersionsAdded: ["pm90-2021"], demoSeeded: false });
    expect(await db.user.count()).toBe(0);
  });
});
