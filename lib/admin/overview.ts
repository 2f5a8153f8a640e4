import "server-only";
import type { Db } from "@/lib/db/create-client";

export async function getAdminOverview({ db }: { db: Db }) {
  const [units, activeUnits, users, activeUsers, lockedUsers, openPeriods] = await Promise.all([
    db.unit.count(),
    db.unit.count({ where: { active: true } }),
    db.user.count(),
    db.user.count({ where: { active: true } }),
    db.user.count({ where: { lockedUntil: { gt: new Date() } } }),
    db.period.count({ where: { status: "OPEN" } }),
  ]);
  return { units, activeUnits, users, activeUsers, lockedUsers, openPeriods };
}
