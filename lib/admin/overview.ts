import "server-only";
import type { Db } from "@/lib/db/create-client";

export async function getAdminOverview({ db }: { db: Db }) {
  const [units, activeUnits, users, activeUsers, lockedUsers] = await Promise.all([
    db.unit.count(),
    db.unit.count({ where: { active: true } }),
    db.user.count(),
    db.user.count({ where: { active: true } }),
    db.user.count({ where: { lockedUntil: { gt: new Date() } } }),
  ]);
  return { units, activeUnits, users, activeUsers, lockedUsers };
}
