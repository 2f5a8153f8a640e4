import { z } from "zod";
import { IdSchema } from "@/lib/admin/schema-helpers";

export const AssignmentCreateSchema = z.object({
  periodId: IdSchema,
  unitId: IdSchema,
  reviewerId: z.guid("Pilih anggota TPI"),
  isLead: z.boolean(),
});
export type AssignmentCreateInput = z.infer<typeof AssignmentCreateSchema>;

/** Removing an assignment, or making its reviewer the ketua tim. */
export const AssignmentIdSchema = z.object({ id: IdSchema });
export type AssignmentIdInput = z.infer<typeof AssignmentIdSchema>;

/** The period shown on /admin/assignments: the one asked for, else the latest OPEN one, else the latest. */
export function pickPeriod<P extends { id: string; status: "OPEN" | "CLOSED" }>(periods: readonly P[], requested: string | undefined): P | undefined {
  return periods.find((p) => p.id === requested) ?? periods.find((p) => p.status === "OPEN") ?? periods[0];
}
