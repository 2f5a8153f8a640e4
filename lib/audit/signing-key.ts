import type { Env } from "@/lib/env";
import { deriveAuditSigningKey, type AuditSigningKey } from "./checkpoint";

/**
 * The checkpoint key of this installation: AUDIT_SIGNING_KEY, else derived from AUTH_SECRET
 * (which `npm start` keeps in DATA_DIR in demo mode: `demoSecret` passes it in for scripts).
 * Null when neither is known.
 */
export function auditSigningKey(env: Pick<Env, "AUDIT_SIGNING_KEY" | "AUTH_SECRET">, demoSecret?: string | null): AuditSigningKey | null {
  const secret = env.AUDIT_SIGNING_KEY ?? env.AUTH_SECRET ?? demoSecret ?? null;
  return secret ? deriveAuditSigningKey(secret) : null;
}
