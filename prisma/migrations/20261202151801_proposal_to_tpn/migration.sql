-- CreateEnum
CREATE TYPE "ProposalRoute" AS ENUM ('REGULER', 'AFIRMASI');

-- CreateEnum
CREATE TYPE "ProposalRoundStatus" AS ENUM ('DRAFT', 'APPROVED');

-- CreateEnum
CREATE TYPE "TpnStageKind" AS ENUM ('SELEKSI_ADMINISTRASI', 'PRA_EVALUASI', 'DESK_EVALUASI', 'EVALUASI_LAPANGAN', 'PANEL', 'KEPUTUSAN');

-- CreateEnum
CREATE TYPE "TpnStageResult" AS ENUM ('LULUS', 'LULUS_DENGAN_CATATAN', 'TIDAK_LULUS');

-- CreateEnum
CREATE TYPE "ProposalFileKind" AS ENUM ('SURAT_PENGAJUAN', 'SPTJM', 'STAGE');

-- CreateEnum
CREATE TYPE "MonitoringConclusion" AS ENUM ('MASIH_MEMENUHI', 'TIDAK_MEMENUHI');

-- AlterTable
ALTER TABLE "UnitPredicate" ADD COLUMN     "proposedUnitId" UUID;

-- CreateTable
CREATE TABLE "ProposalRound" (
    "id" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "quota" INTEGER,
    "status" "ProposalRoundStatus" NOT NULL DEFAULT 'DRAFT',
    "letterNumber" VARCHAR(200),
    "signerName" VARCHAR(200),
    "signerNip" VARCHAR(18),
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "late" BOOLEAN NOT NULL DEFAULT false,
    "lateReason" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProposalRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposedUnit" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "target" "ZiTarget" NOT NULL,
    "route" "ProposalRoute" NOT NULL,
    "selectedById" UUID NOT NULL,
    "selectedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposedUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TpnStage" (
    "id" UUID NOT NULL,
    "proposedUnitId" UUID NOT NULL,
    "kind" "TpnStageKind" NOT NULL,
    "date" DATE NOT NULL,
    "result" "TpnStageResult" NOT NULL,
    "notes" TEXT,
    "followUpDeadline" DATE,
    "documentNumber" VARCHAR(200),
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TpnStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalFile" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "kind" "ProposalFileKind" NOT NULL,
    "stageId" UUID,
    "fileName" VARCHAR(255) NOT NULL,
    "mimeType" VARCHAR(127) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PredicateMonitoring" (
    "id" UUID NOT NULL,
    "predicateId" UUID NOT NULL,
    "monitoredOn" DATE NOT NULL,
    "score" DECIMAL(5,2),
    "conclusion" "MonitoringConclusion" NOT NULL,
    "notes" TEXT NOT NULL,
    "reportNumber" VARCHAR(200) NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PredicateMonitoring_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "periodId" UUID NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "keyHash" VARCHAR(64) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" UUID,
    "lastUsedAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProposalRound_periodId_key" ON "ProposalRound"("periodId");

-- CreateIndex
CREATE INDEX "ProposedUnit_unitId_idx" ON "ProposedUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ProposedUnit_roundId_unitId_key" ON "ProposedUnit"("roundId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "TpnStage_proposedUnitId_kind_key" ON "TpnStage"("proposedUnitId", "kind");

-- CreateIndex
CREATE INDEX "ProposalFile_roundId_kind_idx" ON "ProposalFile"("roundId", "kind");

-- CreateIndex
CREATE INDEX "PredicateMonitoring_predicateId_monitoredOn_idx" ON "PredicateMonitoring"("predicateId", "monitoredOn");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_periodId_idx" ON "ApiKey"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitPredicate_proposedUnitId_key" ON "UnitPredicate"("proposedUnitId");

-- AddForeignKey
ALTER TABLE "UnitPredicate" ADD CONSTRAINT "UnitPredicate_proposedUnitId_fkey" FOREIGN KEY ("proposedUnitId") REFERENCES "ProposedUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalRound" ADD CONSTRAINT "ProposalRound_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposedUnit" ADD CONSTRAINT "ProposedUnit_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ProposalRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposedUnit" ADD CONSTRAINT "ProposedUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TpnStage" ADD CONSTRAINT "TpnStage_proposedUnitId_fkey" FOREIGN KEY ("proposedUnitId") REFERENCES "ProposedUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalFile" ADD CONSTRAINT "ProposalFile_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ProposalRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalFile" ADD CONSTRAINT "ProposalFile_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "TpnStage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PredicateMonitoring" ADD CONSTRAINT "PredicateMonitoring_predicateId_fkey" FOREIGN KEY ("predicateId") REFERENCES "UnitPredicate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

