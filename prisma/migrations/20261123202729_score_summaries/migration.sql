-- CreateTable
CREATE TABLE "AssessmentScore" (
    "assessmentId" UUID NOT NULL,
    "answersVersion" INTEGER NOT NULL DEFAULT 0,
    "scoredVersion" INTEGER,
    "format" INTEGER,
    "summary" JSONB,
    "unitTotal" DOUBLE PRECISION,
    "unitPredicate" VARCHAR(4),
    "tpiTotal" DOUBLE PRECISION,
    "tpiPredicate" VARCHAR(4),
    "tpiAnswered" INTEGER,
    "scoredAt" TIMESTAMPTZ(3),

    CONSTRAINT "AssessmentScore_pkey" PRIMARY KEY ("assessmentId")
);

-- AddForeignKey
ALTER TABLE "AssessmentScore" ADD CONSTRAINT "AssessmentScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Every change to an answer's value bumps its assessment's answersVersion, whoever writes it
-- (the portal, a seed, a script), so a stored summary can never pass for current when it is
-- not. The trigger is DEFERRED: it runs at commit, after the transaction has taken all its
-- Answer row locks, so two transactions that write answers of one assessment in different
-- orders cannot deadlock on its AssessmentScore row. An assessment deleted in the same
-- transaction (cascade) is skipped.
CREATE OR REPLACE FUNCTION "answer_bumps_score_version"() RETURNS trigger AS $$
DECLARE
  target UUID := CASE WHEN TG_OP = 'DELETE' THEN OLD."assessmentId" ELSE NEW."assessmentId" END;
BEGIN
  INSERT INTO "AssessmentScore" ("assessmentId", "answersVersion")
    SELECT target, 1 WHERE EXISTS (SELECT 1 FROM "Assessment" WHERE "id" = target)
  ON CONFLICT ("assessmentId") DO UPDATE SET "answersVersion" = "AssessmentScore"."answersVersion" + 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER "Answer_bumps_score_version"
  AFTER INSERT OR DELETE OR UPDATE OF "unitValue", "tpiValue", "assessmentId", "questionCode" ON "Answer"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "answer_bumps_score_version"();

-- Answers saved before this migration: their assessments start stale (scored on first read).
INSERT INTO "AssessmentScore" ("assessmentId", "answersVersion")
  SELECT DISTINCT "assessmentId", 1 FROM "Answer";
