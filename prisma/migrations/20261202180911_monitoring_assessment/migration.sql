-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "monitoredPredicateId" UUID;

-- AlterTable
ALTER TABLE "PredicateMonitoring" ADD COLUMN     "assessmentId" UUID,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "reportNumber" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Assessment_monitoredPredicateId_idx" ON "Assessment"("monitoredPredicateId");

-- CreateIndex
CREATE UNIQUE INDEX "PredicateMonitoring_assessmentId_key" ON "PredicateMonitoring"("assessmentId");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_monitoredPredicateId_fkey" FOREIGN KEY ("monitoredPredicateId") REFERENCES "UnitPredicate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PredicateMonitoring" ADD CONSTRAINT "PredicateMonitoring_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

