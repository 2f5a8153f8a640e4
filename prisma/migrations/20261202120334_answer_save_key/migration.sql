-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "lastSaveKey" UUID;


-- A save key names the write that made the current version. Any other writer that moves the
-- version (TPI accept, copy-forward, review transitions, a later feature) without naming its own
-- key must not leave the previous key in place, or a retry of that earlier save would take the
-- newer version for its own commit.
CREATE OR REPLACE FUNCTION "answer_clears_stale_save_key"() RETURNS trigger AS $$
BEGIN
  IF NEW."version" IS DISTINCT FROM OLD."version" AND NEW."lastSaveKey" IS NOT DISTINCT FROM OLD."lastSaveKey" THEN
    NEW."lastSaveKey" := NULL;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Answer_clears_stale_save_key"
  BEFORE UPDATE ON "Answer"
  FOR EACH ROW EXECUTE FUNCTION "answer_clears_stale_save_key"();
