import { expect } from "vitest";
import { getTestDb } from "@/tests/support/db";
import { deriveAuditSigningKey } from "./checkpoint";
import { sealAuditEvents } from "./sequencer";

// For the audit trail's integration tests: a signing key, the sequencer run by hand (no web
// server runs one in tests), and tampering as a privileged attacker would, guards switched off.

export const TEST_SIGNING = deriveAuditSigningKey("k".repeat(32));

/** Seals everything committed so far; fails the test unless it sealed. */
export async function sealAll(): Promise<number> {
  const outcome = await sealAuditEvents({ db: getTestDb(), signing: TEST_SIGNING });
  if (outcome.status !== "sealed") throw new Error(`penyegelan: ${JSON.stringify(outcome)}`);
  return outcome.sealed;
}

const GUARDS = {
  AuditEvent: ["AuditEvent_append_only", "AuditEvent_no_truncate"],
  AuditCheckpoint: ["AuditCheckpoint_append_only", "AuditCheckpoint_no_truncate"],
} as const;

/** Runs raw SQL with a table's guards off, all in one transaction (others never see them off). */
export async function tamper(table: keyof typeof GUARDS, sql: string, ...params: unknown[]): Promise<number> {
  return getTestDb().$transaction(async (tx) => {
    for (const trigger of GUARDS[table]) await tx.$executeRawUnsafe(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
    const changed = await tx.$executeRawUnsafe(sql, ...params);
    for (const trigger of GUARDS[table]) await tx.$executeRawUnsafe(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
    return changed;
  });
}

/** Like tamper, for a statement that must change exactly one row. */
export async function tamperOne(table: keyof typeof GUARDS, sql: string, ...params: unknown[]): Promise<void> {
  expect(await tamper(table, sql, ...params)).toBe(1);
}
