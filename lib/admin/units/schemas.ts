import { z } from "zod";
import type { UnitKind } from "@/lib/db/generated/enums";
import { blankToNull, firstParam, IdSchema } from "../schema-helpers";

export const UNIT_KINDS = ["PEMDA", "OPD", "INSPEKTORAT", "BAGIAN", "UPT"] as const satisfies readonly UnitKind[];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  PEMDA: "Pemerintah daerah",
  OPD: "Perangkat daerah (OPD)",
  INSPEKTORAT: "Inspektorat",
  BAGIAN: "Bagian Sekretariat Daerah",
  UPT: "Unit pelaksana teknis (UPT)",
};

/** Unit codes are short keys used in exports and the seed: DINKES, RSUD-DRAJAT. */
export const UnitCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .min(2, "Kode minimal 2 karakter")
  .max(32, "Kode maksimal 32 karakter")
  .regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, "Kode hanya boleh huruf, angka, dan tanda hubung di antaranya (mis. RSUD-DRAJAT)");

const unitFields = {
  code: UnitCodeSchema,
  name: z.string().trim().min(3, "Nama unit minimal 3 karakter").max(200, "Nama unit maksimal 200 karakter"),
  kind: z.enum(UNIT_KINDS, "Pilih jenis unit"),
  parentId: blankToNull(IdSchema),
};

export const UnitCreateSchema = z.object(unitFields);
export type UnitCreateInput = z.infer<typeof UnitCreateSchema>;

export const UnitUpdateSchema = z.object({ id: IdSchema, ...unitFields });
export type UnitUpdateInput = z.infer<typeof UnitUpdateSchema>;

export const UNIT_STATUS_FILTERS = ["all", "active", "inactive"] as const;

export const UnitFilterSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  status: z.enum(UNIT_STATUS_FILTERS).catch("all"),
});
export type UnitFilter = z.infer<typeof UnitFilterSchema>;

export function parseUnitFilter(params: Record<string, string | string[] | undefined>): UnitFilter {
  return UnitFilterSchema.parse({ q: firstParam(params.q) ?? "", status: firstParam(params.status) ?? "all" });
}
