import { z } from "zod";

// NIP (Nomor Induk Pegawai) of a civil servant: 18 digits — birth date (8), appointment
// month (6), gender (1), serial (3). PP 11/2017 and BKN's NIP format.
export const NipSchema = z
  .string()
  .trim()
  .regex(/^\d{18}$/, "NIP harus 18 digit angka");

export const EmailSchema = z.string().trim().toLowerCase().email("Format e-mail tidak valid").max(254);

/** A sign-in identifier is either a NIP or an e-mail address. */
export function classifyIdentifier(raw: string): { nip: string } | { email: string } | null {
  const value = raw.trim();
  if (/^\d{18}$/.test(value)) return { nip: value };
  const email = EmailSchema.safeParse(value);
  return email.success ? { email: email.data } : null;
}
