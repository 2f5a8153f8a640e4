import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import type { UnitFilter } from "./schemas";

type ListOptions = { db: Db; filter: UnitFilter };

/** Units for the admin list, with how many users (and active users) each has. */
export async function listUnits({ db, filter }: ListOptions) {
  const where: Prisma.UnitWhereInput = {
    ...(filter.status === "all" ? {} : { active: filter.status === "active" }),
    ...(filter.q
      ? { OR: [{ name: { contains: filter.q, mode: "insensitive" } }, { code: { contains: filter.q, mode: "insensitive" } }] }
      : {}),
  };
  const [units, counts] = await Promise.all([
    db.unit.findMany({
      where,
      orderBy: [{ active: "desc" }, { name: "asc" }],
      select: { id: true, code: true, name: true, kind: true, active: true, parent: { select: { name: true } } },
    }),
    db.user.groupBy({ by: ["unitId", "active"], where: { unitId: { not: null } }, _count: { _all: true } }),
  ]);
  const usersOf = (unitId: string, active?: boolean) =>
    counts.filter((c) => c.unitId === unitId && (active === undefined || c.active === active)).reduce((n, c) => n + c._count._all, 0);
  return units.map((unit) => ({ ...unit, userCount: usersOf(unit.id), activeUserCount: usersOf(unit.id, true) }));
}
export type UnitListItem = Awaited<ReturnType<typeof listUnits>>[number];

export async function getUnit({ db, id }: { db: Db; id: string }) {
  const unit = await db.unit.findUnique({
    where: { id },
    select: { id: true, code: true, name: true, kind: true, parentId: true, active: true, updatedAt: true },
  });
  if (!unit) return null;
  const activeUserCount = await db.user.count({ where: { unitId: id, active: true } });
  return { ...unit, activeUserCount };
}
export type UnitDetail = NonNullable<Awaited<ReturnType<typeof getUnit>>>;

/** Every unit as a choice in a select (parent unit, a user's unit). */
export function listUnitOptions({ db }: { db: Db }) {
  return db.unit.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true, kind: true, active: true } });
}
export type UnitOption = Awaited<ReturnType<typeof listUnitOptions>>[number];
