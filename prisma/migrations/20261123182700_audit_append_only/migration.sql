-- The audit trail is append-only (issue: tamper-evident audit trail). The application never
-- updates or deletes an AuditEvent; the database refuses it too, whoever asks. Each event also
-- carries the hash of the one before it (lib/audit), which `npm run audit:verify` checks.
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent bersifat append-only: % ditolak', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
