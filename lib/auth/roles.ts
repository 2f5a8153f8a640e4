import type { Role } from "@/lib/db/generated/enums";

export const ROLES = ["ADMIN", "OPERATOR", "TPI", "PIMPINAN"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Admin (Bagian Organisasi)",
  OPERATOR: "Operator OPD",
  TPI: "Tim Penilai Internal (Inspektorat)",
  PIMPINAN: "Pimpinan (Bupati/Sekda)",
};

/** Each role has one zone of the portal; its home is where sign-in lands. */
export const ROLE_HOME: Record<Role, string> = {
  ADMIN: "/admin",
  OPERATOR: "/opd",
  TPI: "/tpi",
  PIMPINAN: "/pimpinan",
};

/** Roles that must belong to a unit (an OPD for operators, Inspektorat for TPI). */
export const ROLES_WITH_UNIT: readonly Role[] = ["OPERATOR", "TPI"];
