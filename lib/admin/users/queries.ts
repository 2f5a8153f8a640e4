import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/db/generated/client";
import type { UserFilter } from "./schemas";

const userSelect = {
  id: true,
  nip: true,
  email: true,
  name: true,
  role: true,
  unitId: true,
  active: true,
  failedLoginCount: true,
  lockedUntil: true,
  lastLoginAt: true,
  unit: { select: { name: true, active: true } },
} satisfies Prisma.UserSelect;

/** Users for the admin list, filtered by text (name, NIP, e-mail), role and unit. */
export function listUsers({ db, filter }: { db: Db; filter: UserFilter }) {
  const where: Prisma.UserWhereInput = {
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.unitId ? { unitId: filter.unitId } : {}),
    ...(filter.q
      ? {
          OR: [
            { name: { contains: filter.q, mode: "insensitive" } },
            { nip: { contains: filter.q } },
            { email: { contains: filter.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  return db.user.findMany({ where, orderBy: [{ active: "desc" }, { name: "asc" }], select: userSelect });
}
export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];

export function getUser({ db, id }: { db: Db; id: string }) {
  return db.user.findUnique({ where: { id }, select: userSelect });
}
export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUser>>>;
