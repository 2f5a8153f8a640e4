import { z } from "zod";
import type { PeriodStatus, UnitKind } from "@/lib/db/generated/enums";
import { blankToNull, IdSchema } from "../schema-helpers";
import { dateInZone, isCalendarDate, WESTERNMOST_ZONE } from "@/lib/instansi/time-zone";

/** Units that fill in an LKE of their own (PermenPAN-RB 90/2021: unit kerja/satuan kerja). */
export const PARTICIPANT_KINDS = ["OPD", "UPT"] as const satisfies readonly UnitKind[];

export const PERIOD_STATUS_LABELS: Record<PeriodStatus, string> = { OPEN: "Dibuka", CLOSED: "Ditutup" };

export function defaultPeriodName(year: number): string {
  return `Evaluasi Zona Integritas Tahun ${year}`;
}

/**
 * A deadline as the date the admin picked (YYYY-MM-DD, stored as the end of that day in the
 * instansi's time zone), today or later. "Today" is read at parse time in WIB, the earliest
 * Indonesian date, so the form never refuses a day the server takes; the mutation checks again
 * with its own clock in the instansi's zone.
 */
export const DeadlineSchema = z
  .string("Isi tanggal batas waktu")
  .trim()
  .refine(isCalendarDate, { message: "Isi tanggal batas waktu", abort: true })
  .refine((date) => date >= dateInZone(new Date(), WESTERNMOST_ZONE), "Batas waktu paling cepat hari ini");

export const UnitIdsSchema = z
  .array(IdSchema, "Pilih minimal satu unit")
  .min(1, "Pilih minimal satu unit")
  .max(1000, "Terlalu banyak unit sekaligus")
  .transform((ids) => [...new Set(ids)]);

export const PeriodOpenSchema = z
  .object({
    year: z.number("Isi tahun evaluasi").int("Tahun harus bilangan bulat").min(2020, "Tahun paling awal 2020").max(2100, "Tahun paling akhir 2100"),
    name: blankToNull(z.string().min(3, "Nama periode minimal 3 karakter").max(200, "Nama periode maksimal 200 karakter")),
    lkeVersionId: z.string("Pilih versi LKE").trim().min(1, "Pilih versi LKE").max(64, "Versi LKE tidak dikenal"),
    deadline: DeadlineSchema,
    unitIds: UnitIdsSchema,
  })
  // A blank name becomes the usual one; the output is again a valid input (see blankToNull).
  .transform((input) => ({ ...input, name: input.name ?? defaultPeriodName(input.year) }));
export type PeriodOpenInput = z.infer<typeof PeriodOpenSchema>;

export const PeriodAddUnitsSchema = z.object({ id: IdSchema, unitIds: UnitIdsSchema });
export type PeriodAddUnitsInput = z.infer<typeof PeriodAddUnitsSchema>;

export const PeriodDeadlineSchema = z.object({ id: IdSchema, deadline: DeadlineSchema });
export type PeriodDeadlineInput = z.infer<typeof PeriodDeadlineSchema>;

export const PeriodReopenSchema = z.object({
  id: IdSchema,
  reason: z.string("Tuliskan alasan membuka kembali").trim().min(10, "Alasan minimal 10 karakter").max(500, "Alasan maksimal 500 karakter"),
});
export type PeriodReopenInput = z.infer<typeof PeriodReopenSchema>;
