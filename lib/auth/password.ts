import { hash, verify } from "@node-rs/argon2";

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
