-- CreateEnum
CREATE TYPE "ProposalPackageStatus" AS ENUM ('QUEUED', 'BUILDING', 'READY', 'FAILED');

-- CreateTable
CREATE TABLE "ProposalPackage" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "includeEvidence" BOOLEAN NOT NULL,
    "status" "ProposalPackageStatus" NOT NULL DEFAULT 'QUEUED',
    "estimateBytes" BIGINT NOT NULL DEFAULT 0,
    "bytesWritten" BIGINT NOT NULL DEFAULT 0,
    "entries" INTEGER NOT NULL DEFAULT 0,
    "missing" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "sha256" VARCHAR(64),
    "size" BIGINT,
    "requestedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProposalPackage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProposalPackage_roundId_createdAt_idx" ON "ProposalPackage"("roundId", "createdAt");

-- AddForeignKey
ALTER TABLE "ProposalPackage" ADD CONSTRAINT "ProposalPackage_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ProposalRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

