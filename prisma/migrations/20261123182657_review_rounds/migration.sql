-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "evaluation" JSONB,
ADD COLUMN     "finalizedById" UUID,
ADD COLUMN     "prerequisites" JSONB;

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "returnedRound" INTEGER,
ADD COLUMN     "returnedSnapshot" JSONB;

