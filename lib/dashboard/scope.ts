import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/db/generated/client";

// Who sees which assessments on the dashboards, as a where clause (DESIGN.md: enforced in the
// data layer). PIMPINAN and ADMIN see every unit; a TPI only the units assigned to them in that
// assessment's period; an OPERATOR only their own unit. Null: this user sees nothing here.

/** What the query already fixes: one period (the period dashboard) or one unit (the unit page). */
export type ScopeKey = { periodId: string } | { unitId: string };

export function dashboardWhere(user: SessionUser, key: ScopeKey): Prisma.AssessmentWhereInput | null {
  switch (user.role) {
    case "ADMIN":
    case "PIMPINAN":
      return key;
    case "TPI":
      // The assignment must name both the assessment's unit and its period.
      return "periodId" in key
        ? { periodId: key.periodId, unit: { assignments: { some: { reviewerId: user.id, periodId: key.periodId } } } }
        : { unitId: key.unitId, period: { assignments: { some: { reviewerId: user.id, unitId: key.unitId } } } };
    case "OPERATOR":
      if (!user.unitId) return null;
      if ("unitId" in key && key.unitId !== user.unitId) return null;
      return { ...key, unitId: user.unitId };
  }
}

/** Roles that may open the period dashboard; an operator is refused it (they see their unit's page). */
export const PERIOD_DASHBOARD_ROLES = ["ADMIN", "PIMPINAN", "TPI"] as const;
