import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

// Argon2id (the @node-rs/argon2 default) with its recommended memory/time costs.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A hash of a random string, verified against when no user matches, so that an unknown
// NIP takes as long to refuse as a wrong password.
let decoy: Promise<string> | undefined;
export async function spendVerifyTime(password: string): Promise<void> {
  decoy ??= hash(`decoy-${Math.random()}`);
  await verifyPassword(await decoy, password);
}

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
