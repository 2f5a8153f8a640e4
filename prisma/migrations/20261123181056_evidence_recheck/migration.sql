-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "needsRecheck" BOOLEAN NOT NULL DEFAULT false;

