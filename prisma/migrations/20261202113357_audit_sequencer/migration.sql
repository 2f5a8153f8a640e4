-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "seq" BIGINT,
ALTER COLUMN "prevHash" DROP NOT NULL,
ALTER COLUMN "hash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "id" BIGSERIAL NOT NULL,
    "seq" BIGINT NOT NULL,
    "headHash" VARCHAR(64) NOT NULL,
    "count" BIGINT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "keyId" VARCHAR(16) NOT NULL,
    "signature" VARCHAR(64) NOT NULL,

    CONSTRAINT "AuditCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditCheckpoint_seq_key" ON "AuditCheckpoint"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");


-- Issue 11: the audit trail no longer serialises every write. Writers insert an event with its
-- content only (no lock, no read of the newest event); the sequencer (lib/audit/sequencer.ts)
-- links committed events into the hash chain after commit (seq, prevHash, hash) and writes a
-- signed AuditCheckpoint of the head in the same transaction.

-- Existing events already form one chain in id order (the old writer held a global lock):
-- they keep their prevHash and hash and get seq = their place in that order. Their hashes are
-- checked once, in JavaScript (canonical JSON), by the sequencer's first run, which refuses to
-- extend a broken chain and records the first checkpoint over the verified head.
DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent";
DROP FUNCTION "audit_event_append_only"();

UPDATE "AuditEvent" e SET "seq" = o.n
  FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "AuditEvent") o
  WHERE o."id" = e."id";

-- The guard, whoever asks: an event is inserted unsealed; the only UPDATE allowed is the
-- sequencer's sealing of an unsealed event (all three chain columns set at once, no content
-- column changed); DELETE is refused. The content check compares every column but the three.
CREATE FUNCTION "audit_event_guard"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW."seq" IS NULL AND NEW."prevHash" IS NULL AND NEW."hash" IS NULL THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'AuditEvent hanya boleh ditambahkan tanpa segel; sequencer yang menyegelnya'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'UPDATE'
     AND OLD."seq" IS NULL AND OLD."prevHash" IS NULL AND OLD."hash" IS NULL
     AND NEW."seq" IS NOT NULL AND NEW."prevHash" IS NOT NULL AND NEW."hash" IS NOT NULL
     AND (to_jsonb(NEW) - ARRAY['seq', 'prevHash', 'hash']) = (to_jsonb(OLD) - ARRAY['seq', 'prevHash', 'hash']) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent bersifat append-only: % ditolak', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

-- The old trigger's name is kept for the row guard: tools and tests that must switch it off
-- (as table owner, inside one transaction) keep working.
CREATE TRIGGER "AuditEvent_append_only"
  BEFORE INSERT OR UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_guard"();

CREATE FUNCTION "audit_refuse_change"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% bersifat append-only: % ditolak', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

-- TRUNCATE fires no row trigger; a statement-level one refuses it (also when cascaded to).
CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"();

CREATE TRIGGER "AuditCheckpoint_append_only"
  BEFORE UPDATE OR DELETE ON "AuditCheckpoint"
  FOR EACH ROW EXECUTE FUNCTION "audit_refuse_change"();

CREATE TRIGGER "AuditCheckpoint_no_truncate"
  BEFORE TRUNCATE ON "AuditCheckpoint"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"();
