import { z } from "zod";

// The password policy, zod only, so browser forms and server actions share it
// (lib/auth/password.ts holds Argon2, which cannot be bundled for the browser).
export const PasswordSchema = z
  .string()
  .min(10, "Kata sandi minimal 10 karakter")
  .max(128, "Kata sandi maksimal 128 karakter")
  .refine((v) => /[a-z]/.test(v) && /[A-Z]/.test(v), "Kata sandi harus memuat huruf besar dan huruf kecil")
  .refine((v) => /\d/.test(v), "Kata sandi harus memuat angka")
  .refine((v) => !COMMON_FRAGMENTS.some((f) => v.toLowerCase().includes(f)), "Kata sandi terlalu mudah ditebak");

// Fragments found at the top of every leaked-password list; a password built on them
// passes the character rules above but falls to the first guesses of an attacker.
const COMMON_FRAGMENTS = ["password", "passw0rd", "katasandi", "sandi123", "12345", "qwerty", "abcdef", "admin123", "serang123"];
